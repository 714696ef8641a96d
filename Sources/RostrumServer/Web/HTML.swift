import RostrumDigest

/// HTML escaping for text written into pages outside templates (the digests' escaping), search
/// snippets and links.
public enum HTML {
    /// `text` with &, <, >, " and ' replaced by entities.
    public static func escape(_ text: String) -> String {
        HTMLDigest.escape(text)
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
