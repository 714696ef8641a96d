/// Writes a session as Markdown: front matter, `#` title, `##` headings, optional `>` block quotes,
/// emphasis on speaker names and links in boilerplate.
struct MarkdownRenderer {
    func render(_ layout: DocumentLayout, _ rng: inout SplitMix64) -> String {
        var out = ""
        out.reserveCapacity(8192)
        if layout.event != nil || rng.chance(0.3) {
            out += "---\ntitle: " + layout.title + "\n"
            if let e = layout.event { out += "event: " + e + "\n" }
            if let d = layout.isoDate { out += "date: " + d + "\n" }
            if let s = layout.source { out += "source: " + s + "\n" }
            out += "---\n\n"
        }
        out += "# " + layout.title + "\n\n"
        let emphasise = rng.chance(0.3)
        for block in layout.blocks {
            switch block {
            case .groupLabel(let label):
                out += "## " + label + "\n\n"
            case .heading(let h):
                out += "## " + h + "\n\n"
            case .narrative(let text, _):
                out += text + "\n\n"
            case .quote(let q):
                let name = emphasise && !q.name.isEmpty ? "**" + q.name + "**" : q.name
                let last = q.prefix + name + q.suffix
                if q.leading.isEmpty, rng.chance(0.15) {
                    out += "> " + last + "\n\n"
                } else {
                    for p in q.leading { out += p + "\n\n" }
                    out += last + "\n\n"
                }
            case .boilerplate(let text, let link):
                if let link {
                    out += "[" + text + "](" + link + ")\n\n"
                } else {
                    out += text + "\n\n"
                }
            }
        }
        return out
    }
}
