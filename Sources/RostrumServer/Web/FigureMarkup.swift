public import RostrumModel

/// A quote's text as HTML with each figure wrapped in `<mark class="figure" title="…">`.
///
/// A figure is found at its `offset` (UTF-16, as the model stores it) when the surface is there,
/// else at the first place its surface appears that no other figure took. Text and titles are
/// escaped; the marks are the only markup.
public enum FigureMarkup {
    /// The HTML of `text` with `figures` marked.
    public static func html(_ text: String, figures: [Figure]) -> String {
        let utf16 = Array(text.utf16)
        var ranges: [(range: Range<Int>, figure: Figure)] = []
        func free(_ range: Range<Int>) -> Bool { !ranges.contains { $0.range.overlaps(range) } }
        for figure in figures {
            let surface = Array(figure.surface.utf16)
            guard !surface.isEmpty else { continue }
            if let offset = figure.offset, offset >= 0, offset + surface.count <= utf16.count,
               Array(utf16[offset..<offset + surface.count]) == surface, free(offset..<offset + surface.count) {
                ranges.append((offset..<offset + surface.count, figure))
                continue
            }
            var start = 0
            while start + surface.count <= utf16.count {
                if utf16[start] == surface[0], Array(utf16[start..<start + surface.count]) == surface, free(start..<start + surface.count) {
                    ranges.append((start..<start + surface.count, figure))
                    break
                }
                start += 1
            }
        }
        ranges.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var position = 0
        for (range, figure) in ranges {
            out += HTML.escape(decode(utf16[position..<range.lowerBound]))
            out += "<mark class=\"figure\" title=\"\(HTML.escape(title(figure)))\">"
            out += HTML.escape(decode(utf16[range]))
            out += "</mark>"
            position = range.upperBound
        }
        out += HTML.escape(decode(utf16[position...]))
        return out
    }

    /// What a figure means, for its tooltip: "100 billion USD · target · 2015 · trade turnover".
    public static func title(_ figure: Figure) -> String {
        var value = FigureValue.text(figure.value)
        if let high = figure.valueMax { value += "–" + FigureValue.text(high) }
        if let unit = figure.unit { value += unit == "percent" ? "%" : " " + unit }
        var parts = [value, figure.kind.rawValue]
        if let qualifier = figure.qualifier { parts.insert(qualifier.rawValue.replacingOccurrences(of: "_", with: " "), at: 0) }
        if let year = figure.year { parts.append(String(year)) }
        if let subject = figure.subject { parts.append(subject) }
        return parts.joined(separator: " · ")
    }

    private static func decode(_ units: ArraySlice<UInt16>) -> String {
        String(decoding: units, as: UTF16.self)
    }
}
