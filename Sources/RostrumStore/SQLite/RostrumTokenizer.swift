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
        // Text as it is (rows written before terms were analysed beforehand, being deleted; snippets
        // in tests): terms straight from the UTF-8 bytes with their byte ranges, no string per token.
        var code: CInt = 0
        stream.forEachTerm(in: bytes) { term, start, end in
            code = term.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, 0, chars.baseAddress, CInt(chars.count), CInt(start), CInt(end))
            }
            return code == 0
        }
        return code
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
