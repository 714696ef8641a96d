public import RostrumModel

/// Guesses the language of a text from the scripts of its letters.
///
/// Counts Latin, Cyrillic and CJK letters in the first 4 KB of UTF-8 and picks the script that
/// dominates: Cyrillic → `.ru`, CJK → `.zh`, Latin → `.en`; no letters → `.unknown`. A CJK
/// character counts three times, since one stands for a word rather than a letter. Fast
/// enough to call on every document: a single pass over at most 4 KB, no allocation.
public enum LanguageDetector {
    /// How many UTF-8 bytes from the start of the text are examined.
    public static let sampleBytes = 4096

    /// The language of `text`, judged by the scripts of its first `sampleBytes` bytes.
    public static func detect(_ text: String) -> Language {
        var latin = 0, cyrillic = 0, cjk = 0
        var bytesSeen = 0
        for scalar in text.unicodeScalars {
            if bytesSeen >= sampleBytes { break }
            let v = scalar.value
            bytesSeen += v < 0x80 ? 1 : (v < 0x800 ? 2 : (v < 0x10000 ? 3 : 4))
            switch ScalarClass.of(v) {
            case .latin: latin += 1
            case .cyrillic: cyrillic += 1
            case .cjk: cjk += 3
            default: break
            }
        }
        if latin == 0 && cyrillic == 0 && cjk == 0 { return .unknown }
        if cyrillic >= latin && cyrillic >= cjk { return .ru }
        if cjk >= latin { return .zh }
        return .en
    }
}
