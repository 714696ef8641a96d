/// The index terms of UTF-8 text with their byte ranges, handed out one at a time without
/// making a `String` per token.
///
/// A full-text index tokenizes every quote, speaker line, heading and title it stores; building
/// three strings per token (`TextAnalyzer.tokens(in:)`) was a quarter of the writer's time.
/// The terms are exactly those of `TextAnalyzer.tokens(in:)` (a test keeps them equal); the term
/// bytes are only valid inside the callback.
public struct TermStream: Sendable {
    /// A stream; it holds no state between calls.
    public init() {}

    /// Calls `body(term, start, end)` for each token of `bytes` in reading order: the term's UTF-8
    /// bytes and the token's UTF-8 byte range in `bytes`. Stops early when `body` returns false;
    /// returns whether it ran to the end.
    @discardableResult
    public func forEachTerm(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) -> Bool {
        guard Self.isWellFormed(bytes) else {
            // Bytes from outside Swift (a database) may be broken; the repaired text has other
            // byte offsets, so the ranges are those of the repaired text.
            var repaired = String(decoding: bytes, as: UTF8.self)
            return repaired.withUTF8 { forEachTerm(in: $0, body) }
        }
        var tokenizer = Tokenizer(bytes)
        var raw = RawToken()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        while tokenizer.next(&raw) {
            let goOn: Bool
            switch raw.kind {
            case .word where raw.scripts == .latin && TextAnalyzer.asciiLetters(raw.folded, into: &buffer):
                _ = EnglishStemmer.stem(&buffer)
                goOn = buffer.withUnsafeBufferPointer { body($0, raw.start, raw.end) }
            case .word:
                if raw.scripts == .cyrillic { _ = RussianStemmer.stem(&raw.folded) }
                goOn = Self.emit(raw, &buffer, body)
            case .number:
                var term = NumberTerm.term(of: raw.folded)
                goOn = term.withUTF8 { body($0, raw.start, raw.end) }
            case .cjk:
                goOn = Self.emit(raw, &buffer, body)
            }
            if !goOn { return false }
        }
        return true
    }

    /// Whether every multi-byte sequence of `bytes` is complete, so that the tokenizer never reads
    /// past the end or decodes a stray continuation byte.
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            guard i + length <= count else { return false }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// Hands out the term of `raw`: its folded (and, for Russian, stemmed) scalars as UTF-8.
    private static func emit(
        _ raw: RawToken, _ buffer: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
    ) -> Bool {
        ScalarUTF8.encode(raw.folded, into: &buffer)
        return buffer.withUnsafeBufferPointer { body($0, raw.start, raw.end) }
    }
}
