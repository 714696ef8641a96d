/// A quote paragraph group as laid out on the page: complete leading paragraphs, then the last
/// paragraph as the text before the speaker's name, the name, and the text after it (so Markdown
/// can emphasise the name).
struct QuoteBlock: Sendable {
    var leading: [String]
    var prefix: String
    var name: String
    var suffix: String

    /// The last paragraph as plain text.
    var lastParagraph: String { prefix + name + suffix }
}

/// One block of a generated document, independent of the output format.
enum DocumentBlock: Sendable {
    case groupLabel(String)
    case heading(String)
    /// A narrative or moderator paragraph; `wrap` hard-wraps it in plain text.
    case narrative(String, wrap: Bool)
    case quote(QuoteBlock)
    case boilerplate(String, link: String?)
}

/// Everything a renderer needs to write one session in any format.
struct DocumentLayout: Sendable {
    var title: String
    var language: LayoutLanguage
    var event: String?
    var isoDate: String?
    var writtenDate: String?
    var source: String?
    var repeatTitle: Bool
    var blocks: [DocumentBlock]

    enum LayoutLanguage: Sendable { case en, ru }
}
