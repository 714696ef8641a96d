public import RostrumModel
import Foundation

/// One session as `rostrum export` writes it: enough to store it again exactly (JSON Lines).
///
/// The line is `{"content_hash", "source", "raw", "document"}` with keys in that order; reading
/// a line back and writing it again gives the same text.
public struct ExportRecord: Sendable, Hashable {
    public var contentHash: String
    public var source: String?
    public var raw: String
    public var document: ExtractedDocument

    /// A record.
    public init(contentHash: String, source: String?, raw: String, document: ExtractedDocument) {
        self.contentHash = contentHash
        self.source = source
        self.raw = raw
        self.document = document
    }

    /// The record as one line of JSON (no newline).
    public var jsonLine: String {
        JSONValue.object([
            ("content_hash", .string(contentHash)), ("source", source.map(JSONValue.string) ?? .null),
            ("raw", .string(raw)), ("document", document.jsonValue),
        ]).rendered(pretty: false)
    }

    /// Reads a record from one line of JSON.
    /// - Throws: `StoreError.badRecord` naming what is wrong.
    public init(jsonLine: String, lineNumber: Int? = nil) throws(StoreError) {
        struct Wire: Decodable {
            var content_hash: String?
            var source: String?
            var raw: String?
            var document: ExtractedDocument
        }
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: Data(jsonLine.utf8))
        } catch {
            throw StoreError.badRecord(line: lineNumber, reason: "not a Rostrum export record (\(Self.describe(error)))")
        }
        let raw = wire.raw ?? ""
        self.init(contentHash: wire.content_hash ?? ContentHash.of(raw), source: wire.source, raw: raw, document: wire.document)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: "invalid JSON"
        default: "unreadable"
        }
    }
}
