public import RostrumModel

/// Writes a session as one complete, self-contained HTML page in the layout of a published
/// session summary: the title, the event and date, thematic headings (under their group labels),
/// narrative paragraphs, and each quote with its speaker's name, position and organisation.
///
/// Every piece of text from the document is escaped, so a document containing markup
/// (`<script>`) shows it as text. Figures the pipeline found are wrapped in `<mark>`, located by
/// `Figure.offset` (UTF-16) when it points at the figure's `surface`, else by the surface's first
/// unmarked occurrence. As in `MarkdownDigest`, a speaker's first quote gives the full role and
/// later quotes the name alone.
public struct HTMLDigest: Sendable {
    /// A digest writer.
    public init() {}

    /// The HTML page of `document`.
    public func render(_ document: ExtractedDocument) -> String {
        let title = document.title ?? (document.language == .ru ? "Сессия без названия" : "Untitled session")
        let lang = document.language == .unknown ? "und" : document.language.rawValue
        var out = """
            <!doctype html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <article class="session">
            <header>
            <h1>\(Self.escape(title))</h1>

            """
        let meta = [document.event, document.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty {
            var parts: [String] = []
            if let event = document.event, !event.isEmpty { parts.append("<span class=\"event\">\(Self.escape(event))</span>") }
            if let date = document.date, !date.isEmpty { parts.append("<time datetime=\"\(Self.escape(date))\">\(Self.escape(date))</time>") }
            out += "<p class=\"meta\">\(parts.joined(separator: " · "))</p>\n"
        }
        out += "</header>\n"
        var introduced = Set<String>()
        var lastGroup: String?
        for section in document.sections {
            if let group = section.group, group != lastGroup {
                out += "<h2 class=\"group\">\(Self.escape(group))</h2>\n"
                lastGroup = group
            }
            out += "<section class=\"\(section.kind.rawValue)\">\n"
            if let heading = section.heading {
                let level = section.group == nil ? "h2" : "h3"
                out += "<\(level)>\(Self.escape(heading))</\(level)>\n"
            }
            for paragraph in section.paragraphs {
                out += "<p>\(Self.escape(paragraph))</p>\n"
            }
            for quote in section.quotes {
                out += block(for: quote, introduced: &introduced, language: document.language)
            }
            out += "</section>\n"
        }
        if let source = document.source, !source.isEmpty {
            let label = document.language == .ru ? "Источник" : "Source"
            if source.hasPrefix("https://") || source.hasPrefix("http://") {
                out += "<footer><p>\(label): <a href=\"\(Self.escape(source))\">\(Self.escape(source))</a></p></footer>\n"
            } else {
                out += "<footer><p>\(label): \(Self.escape(source))</p></footer>\n"
            }
        }
        out += "</article>\n</body>\n</html>\n"
        return out
    }

    /// One quote as a `<blockquote>` with its text (figures marked) and a `<footer>` naming the speaker.
    private func block(for quote: Quote, introduced: inout Set<String>, language: Language) -> String {
        let text = Self.markFigures(in: quote.text, figures: quote.figures)
        let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: true)
        let body = paragraphs.isEmpty ? "<p></p>" : paragraphs.map { "<p>\($0)</p>" }.joined()
        let cls = quote.indirect ? "quote indirect" : "quote"
        var out = "<figure class=\"\(cls)\">\n"
        if quote.indirect {
            let lead = language == .ru ? "По словам" : "According to"
            out += "<figcaption>\(lead) \(attribution(quote.speaker, introduced: &introduced, language: language)):</figcaption>\n"
            out += "<blockquote>\(body)</blockquote>\n"
        } else {
            out += "<blockquote>\(body)</blockquote>\n"
            out += "<figcaption>— \(attribution(quote.speaker, introduced: &introduced, language: language))</figcaption>\n"
        }
        out += "</figure>\n"
        return out
    }

    private func attribution(_ speaker: Speaker?, introduced: inout Set<String>, language: Language) -> String {
        guard let speaker else { return "<span class=\"speaker unknown\">\(language == .ru ? "Без атрибуции" : "Unattributed")</span>" }
        let name = "<span class=\"speaker\">\(Self.escape(speaker.name))</span>"
        guard introduced.insert(speaker.name).inserted else { return name }
        var result = name
        if let position = speaker.position, !position.isEmpty { result += ", <span class=\"position\">\(Self.escape(position))</span>" }
        if let organization = speaker.organization, !organization.isEmpty {
            result += ", <span class=\"organization\">\(Self.escape(organization))</span>"
        }
        for role in speaker.otherRoles {
            let parts = [role.position, role.organization].compactMap { $0 }.filter { !$0.isEmpty }.map(Self.escape)
            if !parts.isEmpty { result += "; " + parts.joined(separator: ", ") }
        }
        return result
    }

    /// `text` escaped, with each figure's surface wrapped in `<mark>`; overlapping or unfound figures are left unmarked.
    static func markFigures(in text: String, figures: [Figure]) -> String {
        let units = Array(text.utf16)
        var ranges: [Range<Int>] = []
        for figure in figures {
            let surface = Array(figure.surface.utf16)
            guard !surface.isEmpty else { continue }
            var found: Range<Int>?
            if let offset = figure.offset, offset >= 0, offset + surface.count <= units.count,
               units[offset..<(offset + surface.count)].elementsEqual(surface) {
                found = offset..<(offset + surface.count)
            } else {
                var start = 0
                while start + surface.count <= units.count {
                    if units[start] == surface[0], units[start..<(start + surface.count)].elementsEqual(surface) {
                        let candidate = start..<(start + surface.count)
                        if !ranges.contains(where: { $0.overlaps(candidate) }) {
                            found = candidate
                            break
                        }
                    }
                    start += 1
                }
            }
            if let range = found, !ranges.contains(where: { $0.overlaps(range) }), isBoundary(units, range) {
                ranges.append(range)
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var out = ""
        out.reserveCapacity(text.utf8.count + ranges.count * 13)
        var position = 0
        for range in ranges {
            out += escape(String(decoding: units[position..<range.lowerBound], as: UTF16.self))
            out += "<mark>" + escape(String(decoding: units[range], as: UTF16.self)) + "</mark>"
            position = range.upperBound
        }
        out += escape(String(decoding: units[position...], as: UTF16.self))
        return out
    }

    /// Whether `range` does not split a surrogate pair (so the marked text stays valid).
    private static func isBoundary(_ units: [UInt16], _ range: Range<Int>) -> Bool {
        func splits(_ index: Int) -> Bool {
            index > 0 && index < units.count && UTF16.isTrailSurrogate(units[index]) && UTF16.isLeadSurrogate(units[index - 1])
        }
        return !splits(range.lowerBound) && !splits(range.upperBound)
    }

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

    private static let style = """
        body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}\
        h1{font-size:1.7rem;line-height:1.25}.meta{color:#555;font-style:italic}\
        h2.group{text-transform:uppercase;letter-spacing:.05em;font-size:1rem;color:#555;margin-top:2.5rem}\
        figure{margin:1.2rem 0}blockquote{margin:0;padding-left:1rem;border-left:3px solid #ccc}\
        figcaption{font-size:.92rem;color:#444}.speaker{font-weight:bold}\
        mark{background:#fff2a8}footer{margin-top:2rem;font-size:.9rem;color:#555}
        """
}
