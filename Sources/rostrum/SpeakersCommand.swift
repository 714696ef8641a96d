import ArgumentParser
import RostrumModel
import RostrumStore

/// `rostrum speakers`: people in the knowledge base, one identity across spellings.
struct Speakers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List speakers, optionally those whose names match QUERY (any spelling).")

    @Argument(help: "Words of the name, in Latin or Cyrillic.")
    var query: [String] = []

    @OptionGroup var database: DatabaseOptions

    @Option(parsing: .unconditional, help: "Most people to list.")
    var limit = 50

    @Option(help: "table or json.")
    var format: TableOrJSON = .table

    func validate() throws {
        if limit <= 0 || limit > 10_000 { throw ValidationError("--limit must be between 1 and 10000.") }
    }

    func run() async throws {
        let people = try await database.open(mustExist: true).speakers(matching: query.joined(separator: " "), limit: limit)
        if format == .json {
            let json = JSONValue.array(people.map { p in
                .object([("id", .integer(Int(p.id))), ("name", .string(p.name)), ("aliases", .array(p.aliases.map(JSONValue.string))),
                         ("position", p.position.map(JSONValue.string) ?? .null), ("organization", p.organization.map(JSONValue.string) ?? .null),
                         ("quotes", .integer(p.quotes)), ("sessions", .integer(p.sessions))])
            })
            print(json.rendered(pretty: true))
            return
        }
        for p in people {
            let role = [p.position, p.organization].compactMap { $0 }.joined(separator: ", ")
            print("\(p.name)\(p.aliases.isEmpty ? "" : " (also " + p.aliases.joined(separator: "; ") + ")")\(role.isEmpty ? "" : " — " + role)"
                + " · \(p.quotes) quote\(p.quotes == 1 ? "" : "s") in \(p.sessions) session\(p.sessions == 1 ? "" : "s")")
        }
        if people.isEmpty { Terminal.note("no speakers found") }
    }
}
