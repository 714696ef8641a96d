public import RostrumModel

/// A document as a reader saw it: ordered blocks plus metadata, before any interpretation.
///
/// Every reader (plain text, Markdown, HTML, transcript) produces this shape, so the
/// segmenter and the later stages never care where a document came from.
public struct SourceDocument: Sendable, Hashable {
    public var format: SourceFormat
    public var blocks: [Block]
    public var metadata: DocumentMetadata

    public init(format: SourceFormat, blocks: [Block], metadata: DocumentMetadata = DocumentMetadata()) {
        self.format = format
        self.blocks = blocks
        self.metadata = metadata
    }
}

/// One unit of a source document: a heading, a paragraph, a list item or a speaker's turn.
public struct Block: Sendable, Hashable {
    public var kind: BlockKind
    /// The text with markup removed and whitespace collapsed.
    public var text: String
    /// 1-based line in the source where the block starts.
    public var line: Int

    public init(kind: BlockKind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

/// What a block is, as far as the reader can tell from markup alone.
public enum BlockKind: Sendable, Hashable {
    /// A heading marked up as such (Markdown `#`, HTML `<h2>`); level 1 is the title level.
    case heading(level: Int)
    /// A paragraph; in plain text headings also arrive as paragraphs and the segmenter decides.
    case paragraph
    /// An item of a bulleted or numbered list.
    case listItem
    /// A block quote (Markdown `>`, HTML `<blockquote>`).
    case blockQuote
    /// A speaker's turn in a transcript: the label before the colon, and the role if given.
    case turn(speaker: String, role: String?)
}

/// Facts about the document that are not part of its body.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    public var event: String?
    /// ISO `YYYY-MM-DD`.
    public var date: String?
    public var source: String?
    public var language: Language?
    /// People listed at the top of a transcript (participants, moderator) with their roles.
    public var participants: [Participant]

    public init(
        title: String? = nil, event: String? = nil, date: String? = nil, source: String? = nil,
        language: Language? = nil, participants: [Participant] = []
    ) {
        self.title = title
        self.event = event
        self.date = date
        self.source = source
        self.language = language
        self.participants = participants
    }
}

/// A person named in a transcript's participants list, with the raw role text that follows.
public struct Participant: Sendable, Hashable {
    public var name: String
    /// The role as written ("Chairman, Russian Railways"); split later by the speaker parser.
    public var role: String?
    public var isModerator: Bool

    public init(name: String, role: String?, isModerator: Bool = false) {
        self.name = name
        self.role = role
        self.isModerator = isModerator
    }
}

/// The formats Rostrum reads.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case text, markdown, html, transcript, json
}
