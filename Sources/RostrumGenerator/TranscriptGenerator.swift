import RostrumModel

/// Writes realistic panel transcripts (English or Russian) with their key passages as gold,
/// so that a digest can be measured: how many key passages it recovers, at what length.
///
/// Deterministic like `CorpusGenerator`: the same seed, language and index always give the same
/// transcript. It draws from its own random stream, so the session corpus is unaffected.
public struct TranscriptGenerator: Sendable {
    public let seed: UInt64
    public let language: CorpusLanguage

    /// A generator for `language` (`.mixed` alternates by chance, about half each).
    public init(seed: UInt64, language: CorpusLanguage = .en) {
        self.seed = seed
        self.language = language
    }

    /// Transcript number `index` of this corpus.
    public func makeTranscript(index: Int) -> GeneratedTranscript {
        var rng = SplitMix64(seed: (seed &+ 0x7472_616E_7363_7269) ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        _ = rng.next()
        let lang: Language
        switch language {
        case .en: lang = .en
        case .ru: lang = .ru
        case .mixed: lang = rng.chance(0.5) ? .en : .ru
        }
        var builder = TranscriptBuilder(rng: SplitMix64(seed: rng.next()), language: lang)
        let built = builder.build()
        let id = "tr-\(seed)-" + Self.padded(index, 6)
        return GeneratedTranscript(id: id, fileName: id + ".txt", text: built.text, language: lang,
                                   keyPassages: built.keys, gold: built.gold)
    }

    /// Transcripts `0..<count`.
    public func makeTranscripts(count: Int) -> [GeneratedTranscript] {
        (0..<max(count, 0)).map { makeTranscript(index: $0) }
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
