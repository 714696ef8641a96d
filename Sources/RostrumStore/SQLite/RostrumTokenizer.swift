import GRDB
import RostrumText

/// The FTS5 tokenizer `rostrum`: the shared `TextAnalyzer`, written in Swift.
///
/// Documents (and the text that `snippet()` highlights) are analysed: folded, stemmed by
/// script (English, Russian), CJK as bigrams, with UTF-8 byte offsets for highlighting.
/// Queries are NOT analysed again: `MatchExpression` builds MATCH text from analyzer terms
/// already, and stems are not stable under a second stemming, so in query mode each
/// space-separated piece is passed through as it is.
final class RostrumTokenizer: FTS5CustomTokenizer {
    static let name = "rostrum"
    private let stream = TermStream()
    /// Terms of short texts seen lately (headings, titles, speaker lines repeat on every quote).
    private let replay = TermReplay()

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }  // SQLITE_OK
        let bytes = UnsafeRawBufferPointer(start: pText, count: Int(nText)).bindMemory(to: UInt8.self)
        if tokenization.contains(.query) {
            return passThrough(bytes, context: context, callback: tokenCallback)
        }
        // Terms analysed before the writer was taken (`FullTextTerms`), as they are.
        if let skip = FullTextTerms.markerLength(bytes) {
            return passThrough(UnsafeBufferPointer(rebasing: bytes[skip...]), context: context, callback: tokenCallback)
        }
        if let terms = replay.terms(of: bytes) {
            return Self.replay(terms, context: context, callback: tokenCallback)
        }
        // Terms come straight from the UTF-8 bytes with their byte ranges: no string per token.
        let remembering = bytes.count <= TermReplay.maximumBytes
        var terms = ReplayedTerms()
        var code: CInt = 0
        stream.forEachTerm(in: bytes) { term, start, end in
            if remembering {
                terms.bytes.append(contentsOf: term)
                terms.tokens.append((Int32(terms.bytes.count), Int32(start), Int32(end)))
            }
            code = term.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, 0, chars.baseAddress, CInt(chars.count), CInt(start), CInt(end))
            }
            return code == 0
        }
        if remembering, code == 0 { replay.remember(terms, of: bytes) }
        return code
    }

    /// Hands FTS5 the remembered terms of a text, as the analyzer produced them.
    private static func replay(_ terms: ReplayedTerms, context: UnsafeMutableRawPointer?, callback: FTS5TokenCallback) -> CInt {
        terms.bytes.withUnsafeBufferPointer { all in
            all.withMemoryRebound(to: CChar.self) { chars in
                var termStart = 0
                for token in terms.tokens {
                    let termEnd = Int(token.termEnd)
                    let code = callback(context, 0, chars.baseAddress.map { $0 + termStart }, CInt(termEnd - termStart), CInt(token.start), CInt(token.end))
                    if code != 0 { return code }
                    termStart = termEnd
                }
                return 0
            }
        }
    }

    /// Query text: pieces separated by spaces, already analyzer terms.
    private func passThrough(_ bytes: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, callback: FTS5TokenCallback) -> CInt {
        guard let base = bytes.baseAddress else { return 0 }
        var start = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x20 {
                if i > start {
                    let code = UnsafeRawPointer(base + start).withMemoryRebound(to: CChar.self, capacity: i - start) {
                        callback(context, 0, $0, CInt(i - start), CInt(start), CInt(i))
                    }
                    if code != 0 { return code }
                }
                start = i + 1
            }
            i += 1
        }
        return 0
    }
}
