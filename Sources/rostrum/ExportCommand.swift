import ArgumentParser
import Foundation
import RostrumModel
import RostrumStore

/// `rostrum export`: every session as lossless JSON Lines, or quotes as CSV for a spreadsheet.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the knowledge base: jsonl (lossless, for rostrum import) or csv (one row per quote).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "jsonl or csv.")
    var format: ExportFormat = .jsonl

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    func run() async throws {
        let records = try await database.open(mustExist: true).exportAll()
        var out = ""
        switch format {
        case .jsonl:
            for record in records {
                out += record.jsonLine
                out += "\n"
                flushIfLarge(&out)
            }
        case .csv:
            out += QuotesCSV.header + "\n"
            for record in records {
                for row in QuotesCSV.rows(record) {
                    out += row + "\n"
                    flushIfLarge(&out)
                }
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func flushIfLarge(_ out: inout String) {
        if out.utf8.count > 1 << 20 {
            FileHandle.standardOutput.write(Data(out.utf8))
            out = ""
        }
    }
}

/// Quotes as CSV rows: speaker, role, session, topics and figures flattened (RFC 4180 quoting).
enum QuotesCSV {
    static let header = "session_title,event,date,language,source,section,kind,quote,speaker,position,organization,indirect,topics,countries,figures"

    static func rows(_ record: ExportRecord) -> [String] {
        let d = record.document
        var rows: [String] = []
        for section in d.sections {
            for q in section.quotes {
                let figures = q.figures.map { f in
                    [f.surface, JSONValue.number(f.value).rendered(pretty: false), f.unit ?? "", f.kind.rawValue, f.year.map(String.init) ?? "", f.subject ?? ""]
                        .joined(separator: " ; ")
                }.joined(separator: " | ")
                let fields = [
                    d.title ?? "", d.event ?? "", d.date ?? "", d.language.rawValue, record.source ?? d.source ?? "", section.heading ?? "",
                    section.kind.rawValue, q.text, q.speaker?.name ?? "", q.speaker?.position ?? "", q.speaker?.organization ?? "",
                    q.indirect ? "true" : "false", q.topics.joined(separator: ";"), q.countries.joined(separator: ";"), figures,
                ]
                rows.append(fields.map(escape).joined(separator: ","))
            }
        }
        return rows
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
