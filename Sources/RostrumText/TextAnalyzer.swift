public import RostrumModel

/// The analyzer shared by extraction and search: it turns text into comparable terms.
///
/// Folding (case, diacritics, ё→е), tokenisation, English and Russian stemming and Chinese
/// character bigrams live here so that a topic lexicon, the full-text index and a query all see
/// the same terms. The stemmer is chosen per word by script (Cyrillic → Russian, Latin →
/// English), so mixed-language text works. It is a pure value: no I/O, safe to share across tasks.
public struct TextAnalyzer: Sendable {
    /// An analyzer; it has no configuration and holds no state.
    public init() {}

    /// Index terms of `text` in reading order: folded, stemmed words, numbers, CJK bigrams.
    /// Stop words are kept (see `terms(in:dropStopWords:)`).
    public func terms(in text: String) -> [String] {
        terms(in: text, dropStopWords: false)
    }

    /// Index terms of `text` in reading order; with `dropStopWords`, English and Russian
    /// function words ("the", «и») are left out.
    public func terms(in text: String, dropStopWords: Bool) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var result: [String] = []
            result.reserveCapacity(bytes.count / 6)
            var tokenizer = Tokenizer(bytes)
            var raw = RawToken()
            var scratch = Scratch()
            while tokenizer.next(&raw) {
                switch raw.kind {
                case .word:
                    if dropStopWords {
                        let folded = Self.foldedString(raw, bytes, &scratch)
                        if StopWords.contains(folded) { continue }
                        result.append(Self.wordTerm(&raw, folded: folded, &scratch))
                    } else {
                        result.append(Self.wordTerm(&raw, folded: nil, &scratch))
                    }
                case .number:
                    result.append(NumberTerm.term(of: raw.folded))
                case .cjk:
                    result.append(Self.scalarString(raw.folded, &scratch))
                }
            }
            return result
        }
    }

    /// Tokens of `text` with their folded form, term and position, in reading order.
    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes -> [Token] in
            var result: [Token] = []
            result.reserveCapacity(bytes.count / 6)
            var tokenizer = Tokenizer(bytes)
            var raw = RawToken()
            var scratch = Scratch()
            while tokenizer.next(&raw) {
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]), as: UTF8.self)
                let folded: String
                let term: String
                switch raw.kind {
                case .word:
                    if raw.scripts == .latin, Self.asciiLetters(raw.folded, into: &scratch.ascii) {
                        folded = raw.foldChanged ? String(decoding: scratch.ascii, as: UTF8.self) : surface
                        term = EnglishStemmer.stem(&scratch.ascii) ? String(decoding: scratch.ascii, as: UTF8.self) : folded
                    } else {
                        folded = raw.foldChanged ? Self.scalarString(raw.folded, &scratch) : surface
                        term = Self.wordTerm(&raw, folded: folded, &scratch)
                    }
                case .number:
                    folded = raw.foldChanged ? Self.scalarString(raw.folded, &scratch) : surface
                    term = NumberTerm.term(of: raw.folded)
                case .cjk:
                    folded = raw.foldChanged ? Self.scalarString(raw.folded, &scratch) : surface
                    term = folded
                }
                result.append(Token(
                    surface: surface, folded: folded, term: term, utf16Offset: raw.utf16Offset, kind: raw.kind
                ))
            }
            return result
        }
    }

    /// Copies `scalars` into `ascii` if they are all a–z or "'"; returns whether they were.
    @inline(__always)
    static func asciiLetters(_ scalars: [Unicode.Scalar], into ascii: inout [UInt8]) -> Bool {
        ascii.removeAll(keepingCapacity: true)
        for scalar in scalars {
            let v = scalar.value
            guard v &- 0x61 < 26 || v == 0x27 else { return false }
            ascii.append(UInt8(truncatingIfNeeded: v))
        }
        return true
    }

    /// Whether `folded` (a word already folded, e.g. `Token.folded`) is an English or Russian
    /// stop word.
    public static func isStopWord(_ folded: String) -> Bool {
        StopWords.contains(folded)
    }

    /// Whether `folded` is a stop word; the same as the static `isStopWord(_:)`.
    public func isStopWord(_ folded: String) -> Bool {
        StopWords.contains(folded)
    }

    /// The language of `text` by the scripts of its letters (see `LanguageDetector`).
    public func language(of text: String) -> Language {
        LanguageDetector.detect(text)
    }

    // MARK: - Building strings

    /// Reusable buffers, so that making a token's strings allocates only the strings.
    private struct Scratch {
        var utf8: [UInt8] = []
        var ascii: [UInt8] = []
        init() {
            utf8.reserveCapacity(64)
            ascii.reserveCapacity(64)
        }
    }

    private static func foldedString(_ raw: RawToken, _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch) -> String {
        if raw.foldChanged { return scalarString(raw.folded, &scratch) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]), as: UTF8.self)
    }

    /// The term of a word token: the stem by the word's script, or the folded form.
    /// `folded` is the folded string when the caller already has it.
    private static func wordTerm(_ raw: inout RawToken, folded: String?, _ scratch: inout Scratch) -> String {
        let scripts = raw.scripts
        if scripts == .latin {
            scratch.ascii.removeAll(keepingCapacity: true)
            for scalar in raw.folded {
                let v = scalar.value
                guard (v >= 0x61 && v <= 0x7A) || v == 0x27 else {
                    return folded ?? scalarString(raw.folded, &scratch)
                }
                scratch.ascii.append(UInt8(truncatingIfNeeded: v))
            }
            if EnglishStemmer.stem(&scratch.ascii) || folded == nil {
                return String(decoding: scratch.ascii, as: UTF8.self)
            }
            return folded ?? String(decoding: scratch.ascii, as: UTF8.self)
        }
        if scripts == .cyrillic {
            if RussianStemmer.stem(&raw.folded) || folded == nil {
                return scalarString(raw.folded, &scratch)
            }
        }
        return folded ?? scalarString(raw.folded, &scratch)
    }

    /// A string from scalars, encoded through a reusable UTF-8 buffer.
    private static func scalarString(_ scalars: [Unicode.Scalar], _ scratch: inout Scratch) -> String {
        ScalarUTF8.encode(scalars, into: &scratch.utf8)
        return String(decoding: scratch.utf8, as: UTF8.self)
    }
}
