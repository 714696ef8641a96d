public import RostrumModel

/// A document cut into its title and thematic sections, with boilerplate removed.
///
/// The output of the segmenter and the input of attribution: paragraphs are still raw blocks,
/// nothing is yet known about who said what.
public struct SegmentedDocument: Sendable, Hashable {
    public var title: String?
    public var metadata: DocumentMetadata
    public var sections: [SectionDraft]
    public var format: SourceFormat

    public init(title: String?, metadata: DocumentMetadata, sections: [SectionDraft], format: SourceFormat) {
        self.title = title
        self.metadata = metadata
        self.sections = sections
        self.format = format
    }
}

/// A section before attribution: its heading, group label and the blocks under it.
public struct SectionDraft: Sendable, Hashable {
    public var heading: String?
    public var group: String?
    public var groupKind: SectionKind?
    public var blocks: [Block]

    public init(heading: String?, group: String? = nil, groupKind: SectionKind? = nil, blocks: [Block] = []) {
        self.heading = heading
        self.group = group
        self.groupKind = groupKind
        self.blocks = blocks
    }
}
