public import RostrumModel

/// Writes realistic session documents together with their gold annotations.
public struct CorpusGenerator: Sendable {
    public init() {}
}
