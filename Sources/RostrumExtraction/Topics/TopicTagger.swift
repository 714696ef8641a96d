public import RostrumModel

/// Labels text with taxonomy topics and the countries it mentions.
public struct TopicTagger: Sendable {
    public init() {}

    /// Topic labels of `text`, most specific first.
    public func topics(in text: String) -> [String] { [] }  // Provisional.

    /// ISO 3166-1 alpha-2 codes of the countries `text` names, in order of first mention.
    public func countries(in text: String) -> [String] { [] }  // Provisional.
}
