public import RostrumModel

/// One generated panel transcript with the passages a good digest must keep.
public struct GeneratedTranscript: Sendable, Hashable {
    /// Stable identifier, also the file name stem.
    public var id: String
    /// `<id>.txt`.
    public var fileName: String
    /// The transcript as a reader receives it: header, participants list, turns.
    public var text: String
    public var language: Language
    /// The key passages (figures, proposals) in transcript order, verbatim as spoken.
    public var keyPassages: [KeyPassage]
    /// The ideal digest: one section per discussed topic with its key passages as quotes.
    public var gold: ExtractedDocument

    public init(id: String, fileName: String, text: String, language: Language, keyPassages: [KeyPassage], gold: ExtractedDocument) {
        self.id = id
        self.fileName = fileName
        self.text = text
        self.language = language
        self.keyPassages = keyPassages
        self.gold = gold
    }

    /// The gold file name: `<id>.gold.json`.
    public var goldFileName: String { id + ".gold.json" }
}

/// A passage of a transcript that carries substance: verbatim text, its speaker and topic.
public struct KeyPassage: Sendable, Hashable, Codable {
    /// The passage exactly as it stands in the speaker's turn (one sentence or two adjacent ones).
    public var text: String
    /// The speaker with the position and organisation the participants list gives.
    public var speaker: Speaker
    /// The generator's topic label of the block the passage was said in.
    public var topic: String

    public init(text: String, speaker: Speaker, topic: String) {
        self.text = text
        self.speaker = speaker
        self.topic = topic
    }
}
