import ArgumentParser
import Foundation
import RostrumStore

/// `rostrum stats`: what the knowledge base holds.
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Counts and size of the knowledge base.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let stats = try await database.open(mustExist: true).stats()
        print("database      \(database.resolvedPath) (\(String(format: "%.1f", Double(stats.sizeBytes) / 1_048_576)) MB)")
        print("sessions      \(stats.sessions)" + (stats.languages.isEmpty ? "" : " (" + stats.languages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"))
        print("quotes        \(stats.quotes)")
        print("figures       \(stats.figures)")
        print("people        \(stats.people)")
        print("organizations \(stats.organizations)")
        print("events        \(stats.events)")
    }
}
