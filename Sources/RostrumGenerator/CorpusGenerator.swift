import RostrumModel

/// Writes realistic session documents together with their gold annotations.
///
/// Deterministic: the same seed, language and index always give the same session, on every
/// platform (the generator uses its own SplitMix64, never a system random source). Sessions are
/// independent, so any index can be generated alone or in parallel.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    public let language: CorpusLanguage

    public init(seed: UInt64, language: CorpusLanguage = .en) {
        self.seed = seed
        self.language = language
    }

    /// Session number `index` of this corpus: about 70% plain text, 15% Markdown, 15% HTML.
    public func makeSession(index: Int) -> GeneratedSession {
        var rng = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        _ = rng.next()
        let lang: Language
        switch language {
        case .en: lang = .en
        case .ru: lang = .ru
        case .mixed: lang = rng.chance(0.5) ? .en : .ru
        }
        let format = [DocumentFormat.text, .markdown, .html][rng.weighted([70, 15, 15])]
        var builder = SessionBuilder(rng: SplitMix64(seed: rng.next()), language: lang, format: format)
        let (layout, gold, features) = builder.build()
        var renderRng = SplitMix64(seed: rng.next())
        let text: String
        switch format {
        case .text: text = PlainTextRenderer().render(layout, &renderRng)
        case .markdown: text = MarkdownRenderer().render(layout, &renderRng)
        case .html: text = HTMLRenderer().render(layout, &renderRng)
        }
        let id = "gen-\(seed)-" + Self.padded(index, 6)
        return GeneratedSession(id: id, fileName: id + "." + format.fileExtension, text: text, format: format,
                                gold: gold, features: features)
    }

    /// Sessions `0..<count`.
    public func makeSessions(count: Int) -> [GeneratedSession] {
        (0..<max(count, 0)).map { makeSession(index: $0) }
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
