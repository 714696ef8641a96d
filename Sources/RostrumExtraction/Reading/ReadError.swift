public import Foundation

/// Why a document could not be read, with a message that tells the user what to do about it.
///
/// Readers throw these instead of returning half-read documents: an empty file, binary data
/// or broken JSON must stop at the door with a clear reason, never reach the later stages.
public enum ReadError: Error, Sendable, Hashable {
    /// The document has no visible characters (empty, or only whitespace).
    case empty
    /// The bytes are not text: NUL bytes, or mostly control / undecodable characters.
    case binary(reason: String)
    /// The document has markup or metadata but no readable text once both are removed.
    case noText(format: SourceFormat)
    /// The document was read as JSON but is not JSON at all.
    case notJSON(reason: String)
    /// The JSON is well-formed up to a point but is not a Rostrum document; `path` is where
    /// decoding failed ("sections[0].quotes[2].text"), empty for the top level.
    case invalidJSON(path: String, reason: String)

    /// A sentence a user can act on.
    public var message: String {
        func clause(_ text: String) -> String {
            var text = Substring(text)
            while text.last == "." || text.last == " " { text = text.dropLast() }
            return String(text)
        }

        switch self {
        case .empty:
            return "The document is empty: it has no visible text. Check that this is the file you meant "
                + "and that it was saved completely."
        case .binary(let reason):
            return "The document is binary data, not text (\(clause(reason))). Export it to plain text, Markdown, "
                + "HTML or UTF-8 first; a PDF or a Word file must be converted before Rostrum can read it."
        case .noText(let format):
            return "The \(format.rawValue) document has no readable text once markup, navigation, scripts and "
                + "metadata are removed. Check that the file contains the session itself, not only a page frame."
        case .notJSON(let reason):
            return "The document is not valid JSON: \(clause(reason)). Rostrum reads back only its own JSON output (an object "
                + "with \"sections\"); choose another input format if this is a text document."
        case .invalidJSON(let path, let reason):
            let place = path.isEmpty ? "at the top level" : "at \(path)"
            return "The JSON is not a Rostrum document: \(place): \(clause(reason))."
        }
    }
}

extension ReadError: CustomStringConvertible {
    /// The same text as `message`, so that printing an error shows the reason.
    public var description: String { message }
}

extension ReadError: LocalizedError {
    /// The same text as `message`, for `localizedDescription`.
    public var errorDescription: String? { message }
}
