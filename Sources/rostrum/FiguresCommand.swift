import ArgumentParser
import Foundation
import RostrumAnalytics
import RostrumModel
import RostrumStore

/// `rostrum figures`: the figure tracker — indicators, their values over time, targets and conflicts.
struct Figures: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Track figures: indicators over time, targets against later reports, conflicting reports.",
        discussion: """
            Without arguments lists the indicators (the things figures measure, by unit). With an \
            indicator id or words of its name, shows its values over time with the speaker and session \
            behind each. --targets lists every target with its status (met, missed, on_track, off_track, \
            no_data) and the evidence; --conflicts lists reports of one year that disagree.
            """)

    @Argument(help: "An indicator id (trade-turnover.USD.level) or words of its name.")
    var query: [String] = []

    @Flag(help: "List targets with their status.")
    var targets = false

    @Flag(help: "List conflicting reports.")
    var conflicts = false

    @Option(name: .customLong("as-of"), help: "Judge targets as of this year (default: this year).")
    var asOf: Int?

    @Option(help: "table or json.")
    var format: TableOrJSON = .table

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try database.open(mustExist: true)
        let year = asOf ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        let tracker = FigureTracker(store: store, lexicon: try IndicatorLexicon.bundled(), asOfYear: year)
        try await IndexProgress.run(tracker)
        let snapshot = try await tracker.snapshot()
        if targets { return show(targets: try await tracker.hydrated(snapshot.targets)) }
        if conflicts { return show(conflicts: try await tracker.hydrated(snapshot.conflicts)) }
        let text = query.joined(separator: " ")
        if let exact = snapshot.indicators.first(where: { $0.id == text }) { return show(series: try await tracker.hydrated(exact)) }
        let found = try await tracker.indicators(matching: text)
        if found.count == 1, let only = found.first, !text.isEmpty { return show(series: try await tracker.hydrated(only)) }
        if format == .json { return print(JSONValue.array(found.map(\.summaryJSON)).rendered(pretty: true)) }
        if found.isEmpty { return Terminal.note(text.isEmpty ? "no trackable figures yet" : "no indicator matches “\(text)”") }
        for indicator in found {
            let years = indicator.years.map { $0.lowerBound == $0.upperBound ? " \($0.lowerBound)" : " \($0.lowerBound)–\($0.upperBound)" } ?? ""
            print("\(indicator.id)\t\(indicator.title) (\(indicator.unit ?? "number"), \(indicator.measure.rawValue))\t"
                + "\(indicator.reported.count) reports, \(indicator.targets.count) targets\(years)")
        }
    }

    private func show(series indicator: Indicator) {
        if format == .json { return print(indicator.jsonValue.rendered(pretty: true)) }
        print("\(indicator.title) / \(indicator.definition.ru) — \(indicator.unit ?? "number"), \(indicator.measure.rawValue)")
        for o in indicator.observations {
            let who = o.speaker.map { " — \($0.name)" } ?? ""
            print("  \(o.year.map(String.init) ?? "????")  \(o.figure.kind == .target ? "target " : "")\(o.figure.surface)\(who) · \(o.event ?? o.sessionTitle ?? "session \(o.sessionID)") \(o.date ?? "")")
        }
    }

    private func show(targets: [TargetAssessment]) {
        if format == .json { return print(JSONValue.array(targets.map(\.jsonValue)).rendered(pretty: true)) }
        if targets.isEmpty { return Terminal.note("no targets with a known indicator yet") }
        for t in targets {
            print("[\(t.status.rawValue)] \(t.indicatorName): \(t.target.figure.surface) by \(t.target.year.map(String.init) ?? "?")"
                + " (\(t.target.speaker?.name ?? "unattributed"), \(t.target.date ?? "undated")) — \(t.explanation)")
        }
    }

    private func show(conflicts: [FigureConflict]) {
        if format == .json { return print(JSONValue.array(conflicts.map(\.jsonValue)).rendered(pretty: true)) }
        if conflicts.isEmpty { return Terminal.note("no conflicting reports") }
        for c in conflicts {
            print("\(c.indicatorName) \(c.year): " + c.observations.map { "\($0.figure.surface) (\($0.speaker?.name ?? "unattributed"), \($0.date ?? ""))" }.joined(separator: " vs "))
        }
    }
}
