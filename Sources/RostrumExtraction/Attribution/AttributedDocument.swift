public import RostrumModel

/// A quote as attribution found it: its text and the words that name its speaker, before those
/// words are split into name, position and organisation.
public struct RawQuote: Sendable, Hashable {
    public var text: String
    public var attribution: ParsedAttribution?
    public var indirect: Bool
    /// The speaker's name is in the Russian genitive («По словам Ван Пина»).
    public var genitiveName: Bool
    /// The quote is attributed by a pronoun ("he said"): the previous speaker.
    public var pronoun: Bool
    /// The gender the pronoun or its verb gives ("she said", «ответила она»), when it gives one.
    public var pronounGender: GenderGuess.Gender?
    /// A turn of the transcript's moderator.
    public var line: Int

    public init(text: String, attribution: ParsedAttribution?, indirect: Bool = false, genitiveName: Bool = false, pronoun: Bool = false, line: Int) {
        self.text = text
        self.attribution = attribution
        self.indirect = indirect
        self.genitiveName = genitiveName
        self.pronoun = pronoun
        self.pronounGender = nil
        self.line = line
    }
}

/// A paragraph of a section after attribution: a quote, or narrative that is not a quote.
public enum AttributedItem: Sendable, Hashable {
    case quote(RawQuote)
    case narrative(String)
}

/// A section after attribution.
public struct AttributedSection: Sendable, Hashable {
    public var heading: String?
    public var group: String?
    public var groupKind: SectionKind?
    public var items: [AttributedItem]
}

/// The document after attribution, with the warnings raised so far.
public struct AttributedDocument: Sendable, Hashable {
    public var title: String?
    public var metadata: DocumentMetadata
    public var sections: [AttributedSection]
    public var warnings: [ExtractionWarning]
}
