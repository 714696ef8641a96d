import ArgumentParser
import RostrumStore

/// `rostrum delete`: removes a session and everything extracted from it.
struct Delete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete a stored session by its id (see rostrum search --sessions).")

    @Argument(help: "The session id.")
    var sessionID: Int64

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard try await database.open(mustExist: true).delete(sessionID: sessionID) else {
            throw CLIError.message("there is no session \(sessionID) in \(database.resolvedPath)")
        }
        Terminal.note("deleted session \(sessionID)")
    }
}
