/// Makes a search snippet safe to insert into HTML.
///
/// The store marks matched terms with `<mark>`…`</mark>` but leaves the quote's own text as it
/// was, so a quote containing `<script>` would reach a page as markup. Everything is escaped
/// (`&`, `<`, `>`, `"`, `'` as `HTML.escape` does), except the exact `<mark>` and `</mark>` tags
/// (a literal `<mark>` written in a quote comes back as a harmless highlight, never as any other
/// markup). One pass over the UTF-8 bytes: this runs for every hit of every API search.
public enum SafeSnippet {
    /// `snippet` escaped except its `<mark>` tags.
    public static func html(_ snippet: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(snippet.utf8.count + 32)
        append(snippet, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let open: [UInt8] = Array("<mark>".utf8)
    private static let close: [UInt8] = Array("</mark>".utf8)

    /// Appends `snippet`, escaped except its `<mark>` tags, to `out`.
    static func append(_ snippet: String, to out: inout [UInt8]) {
        var copy = snippet
        copy.withUTF8 { text in
            var i = 0
            var run = 0
            func flush() {
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i])) }
            }
            func starts(_ tag: [UInt8]) -> Bool {
                guard i + tag.count <= text.count else { return false }
                for k in 0..<tag.count where text[i + k] != tag[k] { return false }
                return true
            }
            while i < text.count {
                let byte = text[i]
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"):
                    // A kept tag is copied whole (it is already part of the unescaped run).
                    if starts(open) {
                        i += open.count
                        continue
                    }
                    if starts(close) {
                        i += close.count
                        continue
                    }
                    entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default:
                    i += 1
                    continue
                }
                flush()
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                i += 1
                run = i
            }
            flush()
        }
    }
}
