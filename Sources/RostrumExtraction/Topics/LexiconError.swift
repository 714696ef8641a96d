public import Foundation

/// A taxonomy or gazetteer that Rostrum cannot use, naming the file and the field at fault.
///
/// Users replace the bundled lexicons with their own JSON, so the message must say exactly
/// where the problem is ("taxonomy.json: topics[3].triggers.ru.strong[2]: unbalanced brace …").
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The file or data the lexicon came from, such as "taxonomy.json" or a user's file name.
    public var source: String
    /// The JSON path of the field at fault, such as `topics[3].id`; empty when the whole document is at fault.
    public var field: String
    /// What is wrong and, where possible, what to write instead.
    public var reason: String

    /// Creates an error for `field` of `source`.
    public init(source: String, field: String, reason: String) {
        self.source = source
        self.field = field
        self.reason = reason
    }

    /// "source: field: reason", the form shown to a user.
    public var description: String {
        field.isEmpty ? "\(source): \(reason)" : "\(source): \(field): \(reason)"
    }

    /// The same text as `description`, for Foundation's error reporting.
    public var errorDescription: String? { description }

    /// Translates a `DecodingError` into a message naming the JSON field.
    static func decoding(_ error: DecodingError, source: String) -> LexiconError {
        switch error {
        case .typeMismatch(let type, let context):
            return LexiconError(
                source: source, field: path(context.codingPath), reason: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return LexiconError(
                source: source, field: path(context.codingPath),
                reason: "expected \(describe(type)), found null")
        case .keyNotFound(let key, let context):
            return LexiconError(
                source: source, field: path(context.codingPath + [key]), reason: "required field is missing")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let detail = underlying ?? context.debugDescription
            return LexiconError(
                source: source, field: path(context.codingPath), reason: "not valid JSON (\(detail))")
        @unknown default:
            return LexiconError(source: source, field: "", reason: "cannot be decoded: \(error)")
        }
    }

    /// `topics[3].triggers.en` from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        CodingPathText.dotted(codingPath)
    }

    private static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list [ … ]" }
        if name.hasPrefix("Dictionary") { return "an object { … }" }
        if name == "String" { return "a string in double quotes" }
        if name == "Int" { return "a whole number" }
        return name
    }
}
