public import RostrumModel

/// Writes a session back out as Markdown in the layout of a published session summary:
/// the title, the event and date, thematic headings, and under each the quotes with their speakers.
///
/// A speaker's first quote names them with position and organisation; later quotes give the
/// name alone, as editors do.
public struct MarkdownDigest: Sendable {
    public init() {}

    /// The Markdown text of `document`.
    public func render(_ document: ExtractedDocument) -> String {
        var out = ""
        out += "# \(escape(document.title ?? "Untitled session"))\n\n"
        let meta = [document.event, document.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { out += "*\(escape(meta.joined(separator: " · ")))*\n\n" }
        var introduced = Set<String>()
        var lastGroup: String?
        for section in document.sections {
            if let group = section.group, group != lastGroup {
                out += "## \(escape(group))\n\n"
                lastGroup = group
            }
            if let heading = section.heading {
                out += "\(section.group == nil ? "##" : "###") \(escape(heading))\n\n"
            }
            for paragraph in section.paragraphs {
                out += "\(escape(paragraph))\n\n"
            }
            for quote in section.quotes {
                out += line(for: quote, introduced: &introduced, language: document.language) + "\n\n"
            }
        }
        if let source = document.source { out += "Source: <\(source)>\n" }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    private func line(for quote: Quote, introduced: inout Set<String>, language: Language) -> String {
        let speaker = quote.speaker.map { attribution($0, introduced: &introduced) } ?? "Unattributed"
        let text = escape(quote.text).replacingParagraphBreaks()
        if quote.indirect {
            return language == .ru ? "По словам \(speaker): \(text)" : "According to \(speaker): \(text)"
        }
        let end = speaker.hasSuffix(".") ? "" : "."
        if language == .ru {
            // Russian style: «Текст», — or «Текст?» — ; a closing period gives way to the comma.
            var body = text
            if body.hasSuffix("."), !body.hasSuffix("...") { body.removeLast() }
            let asked = body.last.map { $0 == "?" || $0 == "!" || $0 == "…" } ?? false
            return "«\(body)»\(asked ? "" : ",") — \(speaker)\(end)"
        }
        var body = text
        if let last = body.last, last != "." && last != "!" && last != "?" && last != "…" { body += "," }
        return "“\(body)” \(speaker)\(end)"
    }

    private func attribution(_ speaker: Speaker, introduced: inout Set<String>) -> String {
        let name = escape(speaker.name)
        guard introduced.insert(speaker.name).inserted else { return name }
        var parts = [name]
        if let position = speaker.position { parts.append(escape(position)) }
        if let organization = speaker.organization { parts.append(escape(organization)) }
        var result = parts.joined(separator: ", ")
        for role in speaker.otherRoles {
            result += "; " + [role.position, role.organization].compactMap { $0 }.map(escape).joined(separator: ", ")
        }
        return result
    }

    /// Escapes the characters that would start Markdown markup at the beginning of a line or inline.
    private func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (offset, ch) in characters.enumerated() {
            switch ch {
            case "<", ">":
                // Only what could open or close a tag ("<script>", "</p>") needs escaping; "<…>" stays as written.
                let next = offset + 1 < characters.count ? characters[offset + 1] : " "
                let previous = offset > 0 ? characters[offset - 1] : " "
                let tagLike = ch == "<" ? (next.isLetter || next == "/" || next == "!") : (previous.isLetter || previous == "/" || previous == "\"" || previous == "'")
                if tagLike { out.append("\\") }
                out.append(ch)
            case "*", "_", "`", "[", "]", "\\": out.append("\\"); out.append(ch)
            case "#" where offset == 0: out.append("\\#")
            default: out.append(ch)
            }
        }
        return out
    }
}

extension String {
    /// Paragraph breaks inside a quote kept as a line break within the same Markdown paragraph.
    func replacingParagraphBreaks() -> String {
        split(separator: "\n\n", omittingEmptySubsequences: false).joined(separator: "  \n")
    }
}
