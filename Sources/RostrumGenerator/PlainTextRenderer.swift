/// Writes a session as a plain-text summary in the seed's shape, with an optional metadata header.
struct PlainTextRenderer {
    func render(_ layout: DocumentLayout, _ rng: inout SplitMix64) -> String {
        var out = ""
        out.reserveCapacity(8192)
        let ru = layout.language == .ru
        if let event = layout.event {
            out += (ru ? (rng.chance(0.5) ? "Мероприятие: " : "Форум: ") : "Event: ") + event + "\n"
            if let date = layout.writtenDate ?? layout.isoDate { out += (ru ? "Дата: " : "Date: ") + date + "\n" }
            if let source = layout.source { out += (ru ? "Источник: " : "Source: ") + source + "\n" }
            out += "\n"
        }
        out += layout.title + "\n\n"
        if layout.repeatTitle { out += layout.title + "\n\n" }
        for block in layout.blocks {
            switch block {
            case .groupLabel(let label):
                out += label + "\n\n"
            case .heading(let h):
                out += h + (rng.chance(0.2) ? " " : "") + "\n\n" + (rng.chance(0.1) ? "\n" : "")
            case .narrative(let text, let wrap):
                out += (wrap ? Self.hardWrap(text) : text) + "\n\n"
            case .quote(let q):
                for p in q.leading { out += p + "\n\n" }
                out += q.lastParagraph + "\n\n"
            case .boilerplate(let text, _):
                out += text + "\n\n"
            }
        }
        return out
    }

    /// Breaks a paragraph once, before a lower-case word near its middle (a reader joins it back).
    static func hardWrap(_ text: String) -> String {
        let chars = Array(text)
        var i = chars.count / 2
        while i < chars.count - 1 {
            if chars[i] == " ", chars[i + 1].isLowercase {
                return String(chars[..<i]) + "\n" + String(chars[(i + 1)...])
            }
            i += 1
        }
        return text
    }
}
