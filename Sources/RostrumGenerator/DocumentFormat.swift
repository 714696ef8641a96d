/// The format a generated session is written in (see docs/FORMATS.md, §Formats).
public enum DocumentFormat: String, Sendable, CaseIterable, Hashable, Codable {
    case text, markdown, html

    /// The file extension a reader uses as a hint.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        }
    }
}
