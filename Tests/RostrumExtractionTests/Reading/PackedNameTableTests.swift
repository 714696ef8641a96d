@testable import RostrumExtraction
import Testing

/// `PackedNameTable` must answer exactly as the `Dictionary` keyed by `String` it replaced in the
/// HTML scanner: every name it holds, and nothing for names it does not (prefixes, extensions,
/// names of the same bytes but another length, names over sixteen bytes).
@Suite("Packed name table")
struct PackedNameTableTests {
    static let elements = [
        "a", "b", "p", "q", "br", "hr", "li", "h1", "h6", "div", "span", "table", "tbody", "section", "article",
        "noscript", "template", "textarea", "fieldset", "blockquote", "figcaption", "rostrum-note", "x:custom-tag16",
    ]

    @Test func answersAsTheDictionaryDoes() {
        let pairs = Self.elements.enumerated().map { ($0.element, $0.offset) }
        let table = PackedNameTable(pairs)
        let dictionary = Dictionary(uniqueKeysWithValues: pairs)
        var probes = Self.elements
        for name in Self.elements {
            probes.append(String(name.dropLast()))
            probes.append(name + "x")
            probes.append("x" + name)
            probes.append(name + name)
        }
        probes += ["", "strong", "blockquotes", "figcaptio", "nav", "a-very-long-custom-element-name", "x:custom-tag16x"]
        for name in probes {
            #expect(table.value(of: name) == dictionary[name], "\(name)")
        }
    }

    @Test func holdsEveryNameOfManyEntries() {
        // Enough entries to fill many slots and probe past collisions.
        let names = (0..<500).map { "e\($0)" } + (0..<100).map { "section-\($0)" }
        let table = PackedNameTable(names.enumerated().map { ($0.element, $0.offset) })
        for (index, name) in names.enumerated() {
            #expect(table.value(of: name) == index)
        }
        #expect(table.value(of: "e500") == nil)
        #expect(table.value(of: "section-100") == nil)
    }
}
