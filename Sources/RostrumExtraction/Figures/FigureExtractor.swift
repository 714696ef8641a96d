public import RostrumModel

/// Finds the figures in a passage and normalises them (value, unit, kind, qualifier, year, subject).
///
/// Pure: text and context in, figures out. Knows English and Russian number forms.
public struct FigureExtractor: Sendable {
    public init() {}

    /// The figures of `text` in order of appearance.
    ///
    /// - Parameters:
    ///   - language: the language of the passage; `.unknown` tries both.
    ///   - sessionYear: the year of the session, used to resolve "last year" and "this year".
    public func figures(in text: String, language: Language, sessionYear: Int? = nil) -> [Figure] {
        []  // Provisional; the real extractor replaces this.
    }
}
