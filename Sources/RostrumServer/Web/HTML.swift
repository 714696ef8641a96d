/// HTML escaping for text written into pages outside templates.
public enum HTML {
    /// `text` with &, <, >, " and ' replaced by entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A search snippet as HTML: everything escaped, then only the store's `<mark>` and `</mark>`
    /// tags restored, so matched words are highlighted and nothing else in the text becomes markup.
    public static func snippet(_ text: String) -> String {
        escape(text)
            .replacingOccurrences(of: "&lt;mark&gt;", with: "<mark>")
            .replacingOccurrences(of: "&lt;/mark&gt;", with: "</mark>")
    }

    /// Whether `url` may become a link: only absolute http and https URLs (never `javascript:`).
    public static func isWebURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && lower.count > 8
            && !url.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }
}
