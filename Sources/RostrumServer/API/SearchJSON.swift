public import RostrumModel
public import RostrumStore

/// Search results written straight to compact JSON bytes: exactly the text of
/// `APIJSON.results(_:).rendered(pretty: false)` (snippets made safe by `SafeSnippet`), without
/// building a `JSONValue` tree and appending it scalar by scalar.
///
/// Why: `GET /api/v1/search` renders ten quotes, their snippets and the facets for every request;
/// through the generic tree that took most of a cached search's time.
public enum SearchJSON {
    /// `results` as compact JSON, byte for byte as `APIJSON.results(results).rendered(pretty: false)`.
    public static func bytes(_ results: SearchResults) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024 + results.hits.reduce(0) { $0 + 2 * $1.text.utf8.count + 2 * $1.snippet.utf8.count + 256 })
        raw("{\"total\":", &out)
        integer(results.total, &out)
        raw(",\"hits\":[", &out)
        var snippet: [UInt8] = []
        for (i, hit) in results.hits.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            raw("{\"quote_id\":", &out)
            integer(Int(hit.quoteID), &out)
            raw(",\"session_id\":", &out)
            integer(Int(hit.sessionID), &out)
            raw(",\"session_title\":", &out)
            optional(hit.sessionTitle, &out)
            raw(",\"event\":", &out)
            optional(hit.event, &out)
            raw(",\"date\":", &out)
            optional(hit.date, &out)
            raw(",\"text\":", &out)
            string(hit.text, &out)
            raw(",\"snippet\":", &out)
            snippet.removeAll(keepingCapacity: true)
            SafeSnippet.append(hit.snippet, to: &snippet)
            snippet.withUnsafeBufferPointer { escaped($0, &out) }
            raw(",\"speaker\":", &out)
            if let speaker = hit.speaker {
                raw("{\"name\":", &out)
                string(speaker.name, &out)
                raw(",\"position\":", &out)
                optional(speaker.position, &out)
                raw(",\"organization\":", &out)
                optional(speaker.organization, &out)
                out.append(UInt8(ascii: "}"))
            } else {
                raw("null", &out)
            }
            raw(",\"topics\":[", &out)
            for (j, topic) in hit.topics.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                string(topic, &out)
            }
            raw("],\"score\":", &out)
            raw(JSONValue.number(hit.score).rendered(pretty: false), &out)
            out.append(UInt8(ascii: "}"))
        }
        raw("],\"facets\":{", &out)
        let f = results.facets
        for (i, (name, counts)) in [("speakers", f.speakers), ("organizations", f.organizations), ("topics", f.topics), ("events", f.events),
                                    ("years", f.years), ("countries", f.countries), ("kinds", f.kinds)].enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            string(name, &out)
            raw(":[", &out)
            for (j, count) in counts.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                raw("{\"value\":", &out)
                string(count.value, &out)
                raw(",\"count\":", &out)
                integer(count.count, &out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        }
        raw("}}", &out)
        return out
    }

    private static func raw(_ text: String, _ out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    private static func integer(_ value: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }

    private static func optional(_ value: String?, _ out: inout [UInt8]) {
        if let value { string(value, &out) } else { raw("null", &out) }
    }

    private static func string(_ value: String, _ out: inout [UInt8]) {
        var copy = value
        copy.withUTF8 { escaped($0, &out) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `text` (UTF-8) as a JSON string, escaped as `JSONValue` escapes: quote, backslash, the
    /// named controls, other controls as `\u00xx`, and U+2028 / U+2029 as `\u2028` / `\u2029`.
    static func escaped(_ text: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var run = 0
        var i = 0
        while i < text.count {
            let byte = text[i]
            var replacement: [UInt8]?
            var width = 1
            if byte < 0x20 {
                switch byte {
                case 0x0A: replacement = Array("\\n".utf8)
                case 0x0D: replacement = Array("\\r".utf8)
                case 0x09: replacement = Array("\\t".utf8)
                case 0x08: replacement = Array("\\b".utf8)
                case 0x0C: replacement = Array("\\f".utf8)
                default: replacement = Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            } else if byte == UInt8(ascii: "\"") {
                replacement = Array("\\\"".utf8)
            } else if byte == UInt8(ascii: "\\") {
                replacement = Array("\\\\".utf8)
            } else if byte == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 {
                replacement = Array((text[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                width = 3
            }
            if let replacement {
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i])) }
                out.append(contentsOf: replacement)
                i += width
                run = i
            } else {
                i += 1
            }
        }
        if run < text.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<text.count])) }
        out.append(UInt8(ascii: "\""))
    }
}
