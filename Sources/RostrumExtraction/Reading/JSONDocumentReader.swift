import Foundation
public import RostrumModel

/// Reads Rostrum's own JSON output (`rostrum extract --format json`) back into an
/// `ExtractedDocument`, unchanged: encoding a document and reading it back gives an equal value.
///
/// This is not a `DocumentReader`: the result is already extracted, not a source to segment.
/// Errors name the place in the JSON where reading failed ("sections[0].quotes[2].speaker")
/// and the reason.
public struct JSONDocumentReader: Sendable {
    /// Creates a reader; it holds no state and can be shared.
    public init() {}

    /// Always `.json`.
    public var format: SourceFormat { .json }

    /// Decodes `text`; throws `.empty`, `.binary`, `.notJSON` or `.invalidJSON`.
    public func read(_ text: String) throws(ReadError) -> ExtractedDocument {
        let bytes = try ReadInput(text).bytes
        let first = LineScanner.firstVisible(bytes, from: 0, to: bytes.count)
        guard first < bytes.count else { throw .empty }
        guard bytes[first] == 0x7B else {
            let (scalar, _) = UTF8Text.scalar(bytes, at: first)
            let found = bytes[first] == 0x5B ? "an array ('[')" : "'\(Character(scalar))'"
            throw .notJSON(reason: "a Rostrum document is a JSON object starting with '{', but the text starts with \(found) on line \(lineNumber(bytes, at: first))")
        }
        do {
            return try JSONDecoder().decode(ExtractedDocument.self, from: Data(bytes))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
               let syntax = JSONSyntaxCheck.firstError(in: bytes) {
                throw .notJSON(reason: "it is malformed: \(syntax)")
            }
            throw JSONDocumentReader.readError(for: error)
        } catch {
            throw .notJSON(reason: String(describing: error))
        }
    }

    private func lineNumber(_ bytes: [UInt8], at index: Int) -> Int {
        var line = 1
        for k in 0..<index where bytes[k] == 0x0A { line += 1 }
        return line
    }

    /// Translates a decoding error into a path and a reason a user can act on.
    static func readError(for error: DecodingError) -> ReadError {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalidJSON(path: path(context.codingPath), reason: "the required key \"\(key.stringValue)\" is missing")
        case .typeMismatch(let type, let context):
            var reason = "expected \(describe(type))"
            if let range = context.debugDescription.range(of: "but found ") {
                let rest = context.debugDescription[range.upperBound...]
                let found = rest.range(of: " instead").map { rest[..<$0.lowerBound] } ?? rest
                reason += " but found \(found.hasPrefix("a") || found.hasPrefix("o") ? "" : "a ")\(found)"
            }
            return .invalidJSON(path: path(context.codingPath), reason: reason)
        case .valueNotFound(let type, let context):
            return .invalidJSON(path: path(context.codingPath), reason: "expected \(describe(type)) but found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                var reason = context.debugDescription
                if let underlying = context.underlyingError {
                    let detail = String(describing: underlying)
                    if !detail.isEmpty && !reason.contains(detail) { reason += " (\(detail))" }
                }
                return .notJSON(reason: "it is malformed: \(reason)")
            }
            return .invalidJSON(path: path(context.codingPath), reason: invalidValueReason(context))
        @unknown default:
            return .invalidJSON(path: "", reason: String(describing: error))
        }
    }

    /// For a value outside an enumeration, the value and the allowed ones.
    private static func invalidValueReason(_ context: DecodingError.Context) -> String {
        let description = context.debugDescription
        guard let range = description.range(of: "invalid String value ") else { return description }
        let value = description[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let key = context.codingPath.last?.stringValue
        let inFigures = context.codingPath.contains { $0.stringValue == "figures" }
        let allowed: [String]
        switch key {
        case "language": allowed = Language.allCases.map(\.rawValue)
        case "kind": allowed = inFigures ? FigureKind.allCases.map(\.rawValue) : SectionKind.allCases.map(\.rawValue)
        case "qualifier": allowed = FigureQualifier.allCases.map(\.rawValue)
        default: return "\"\(value)\" is not an allowed value"
        }
        return "\"\(value)\" is not an allowed value (use one of: \(allowed.joined(separator: ", ")))"
    }

    /// "sections[0].quotes[2].speaker" from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        CodingPathText.dotted(codingPath)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a \(name)"
        }
    }
}
