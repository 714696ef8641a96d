/// Writes a session as an HTML page with the noise real pages have (nav, header, aside, footer,
/// script, style) around an article with `<h1>`, `<h2>` and `<p>`.
struct HTMLRenderer {
    func render(_ layout: DocumentLayout, _ rng: inout SplitMix64) -> String {
        let named = rng.chance(0.3)
        func esc(_ s: String) -> String { Self.escape(s, namedEntities: named) }
        var out = ""
        out.reserveCapacity(12288)
        out += "<!doctype html>\n<html lang=\"" + (layout.language == .ru ? "ru" : "en") + "\">\n<head>\n"
        out += "<meta charset=\"utf-8\">\n<title>" + esc(layout.title) + "</title>\n"
        let timeElement = layout.isoDate != nil && rng.chance(0.4)
        if let e = layout.event { out += "<meta name=\"rostrum:event\" content=\"" + Self.attribute(e) + "\">\n" }
        if let d = layout.isoDate, !timeElement { out += "<meta name=\"rostrum:date\" content=\"" + d + "\">\n" }
        if let s = layout.source { out += "<link rel=\"canonical\" href=\"" + s + "\">\n" }
        out += "<style>body{font-family:sans-serif;max-width:48em;margin:auto}</style>\n</head>\n<body>\n"
        out += "<header><nav><a href=\"/\">Home</a> | <a href=\"/sessions\">Sessions</a> | <a href=\"/speakers\">Speakers</a></nav></header>\n"
        out += "<main>\n<article>\n<h1>" + esc(layout.title) + "</h1>\n"
        if timeElement, let d = layout.isoDate {
            out += "<div class=\"meta\"><time datetime=\"" + d + "\">" + esc(layout.writtenDate ?? d) + "</time></div>\n"
        }
        let strong = rng.chance(0.25)
        for block in layout.blocks {
            switch block {
            case .groupLabel(let label):
                out += "<h2 class=\"group\">" + esc(label) + "</h2>\n"
            case .heading(let h):
                out += "<h2>" + esc(h) + "</h2>\n"
            case .narrative(let text, _):
                out += "<p class=\"lead\">" + esc(text) + "</p>\n"
            case .quote(let q):
                for p in q.leading { out += "<p>" + esc(p) + "</p>\n" }
                let name = strong && !q.name.isEmpty ? "<strong>" + esc(q.name) + "</strong>" : esc(q.name)
                out += "<p>" + esc(q.prefix) + name + esc(q.suffix) + "</p>\n"
            case .boilerplate(let text, let link):
                if let link {
                    out += "<p><a href=\"" + link + "\">" + esc(text) + "</a></p>\n"
                } else {
                    out += "<p>" + esc(text) + "</p>\n"
                }
            }
        }
        out += "</article>\n</main>\n<aside><h3>Related</h3><ul><li><a href=\"/sessions/1\">Previous session</a></li></ul></aside>\n"
        out += "<footer><p>© Forum Foundation</p><form action=\"/subscribe\"><input name=\"email\"></form></footer>\n"
        out += "<script>window.dataLayer = window.dataLayer || []; if (a < b && c > d) { track(\"view\"); }</script>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// Escapes `&`, `<`, `>`; with `namedEntities`, also writes typographic marks as named entities.
    static func escape(_ s: String, namedEntities: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "“" where namedEntities: out += "&ldquo;"
            case "”" where namedEntities: out += "&rdquo;"
            case "«" where namedEntities: out += "&laquo;"
            case "»" where namedEntities: out += "&raquo;"
            case "—" where namedEntities: out += "&mdash;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func attribute(_ s: String) -> String {
        escape(s, namedEntities: false).replacingQuotes()
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for ch in unicodeScalars {
            if ch == "\"" { out += "&quot;" } else { out.unicodeScalars.append(ch) }
        }
        return out
    }
}
