import ArgumentParser
import Foundation
import RostrumAnalytics
import RostrumModel
import RostrumStore

/// `rostrum compare EVENT_A EVENT_B`: which topics rose or fell between two events.
struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the attention topics got at two events (share of quotes, in percentage points).",
        discussion: "Event names may be abbreviated to any part that picks one event, e.g. \"Forum 2017\".")

    @Argument(help: "The earlier event.")
    var before: String

    @Argument(help: "The later event.")
    var after: String

    @Option(help: "table or json.")
    var format: TableOrJSON = .table

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let trends = TopicTrends(counts: try await database.open(mustExist: true).topicEventCounts())
        let a: String, b: String
        do {
            a = try trends.event(named: before)
            b = try trends.event(named: after)
        } catch {
            throw CLIError.message(error.description)
        }
        let shifts = trends.compare(a, b)
        if format == .json {
            let json = JSONValue.object([
                ("before", .string(a)), ("after", .string(b)),
                ("topics", .array(shifts.map { s in
                    .object([("topic", .string(s.topic)), ("quotes_before", .integer(s.quotesBefore)), ("quotes_after", .integer(s.quotesAfter)),
                             ("share_before", .number(s.shareBefore)), ("share_after", .number(s.shareAfter)), ("points", .number(s.points))])
                })),
            ])
            return print(json.rendered(pretty: true))
        }
        print("\(a) → \(b)")
        for s in shifts {
            print(String(format: "  %@%-28@ %5.1f%% → %5.1f%%  (%+.1f pts; %d → %d quotes)", s.points >= 0 ? "▲ " : "▼ ", s.topic as NSString,
                         s.shareBefore * 100, s.shareAfter * 100, s.points, s.quotesBefore, s.quotesAfter))
        }
    }
}
