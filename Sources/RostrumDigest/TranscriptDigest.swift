public import RostrumModel

/// A digest written from a transcript, with the lengths it was measured by.
///
/// `document` has the digest's thematic sections, and in each the chosen passages as quotes —
/// verbatim sentences or runs of sentences of one turn, with the speaker's position and
/// organisation. Render it with `MarkdownDigest`.
public struct TranscriptDigest: Sendable, Hashable {
    public var document: ExtractedDocument
    /// Length of the transcript in Unicode scalars.
    public var transcriptLength: Int
    /// The most the digest may take, in Unicode scalars of its Markdown.
    public var budget: Int
    /// Length of the digest's Markdown in Unicode scalars (never above `budget` unless the title alone is).
    public var length: Int

    public init(document: ExtractedDocument, transcriptLength: Int, budget: Int, length: Int) {
        self.document = document
        self.transcriptLength = transcriptLength
        self.budget = budget
        self.length = length
    }

    /// Digest length over transcript length.
    public var ratio: Double { transcriptLength > 0 ? Double(length) / Double(transcriptLength) : 0 }
}
