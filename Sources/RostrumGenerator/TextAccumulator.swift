import RostrumModel

/// Builds a passage piece by piece and records each figure with its UTF-16 offset in the passage.
struct TextAccumulator: Sendable {
    var text = ""
    var utf16Count = 0
    var figures: [Figure] = []

    mutating func append(_ s: String) {
        text += s
        utf16Count += s.utf16.count
    }

    /// Appends the figure's surface and records the figure at that offset.
    mutating func append(figure: Figure) {
        var f = figure
        f.offset = utf16Count
        figures.append(f)
        append(figure.surface)
    }

    /// Appends another passage, shifting its figure offsets.
    mutating func append(_ other: TextAccumulator) {
        for var f in other.figures {
            f.offset = (f.offset ?? 0) + utf16Count
            figures.append(f)
        }
        append(other.text)
    }

    /// Lower-cases the first letter (for reported speech), keeping figure surfaces in step.
    mutating func lowercaseFirstLetter() {
        text = TextCase.lowerFirst(text)
        for i in figures.indices where figures[i].offset == 0 {
            figures[i].surface = TextCase.lowerFirst(figures[i].surface)
        }
    }
}

/// Small case helpers that keep string lengths unchanged for Latin and Cyrillic letters.
enum TextCase {
    static func upperFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }

    /// The string without its last character when that character is `c`.
    static func dropping(_ c: Character, from s: String) -> String {
        s.last == c ? String(s.dropLast()) : s
    }
}
