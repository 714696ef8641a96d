import Foundation
import RostrumModel
import Testing

@testable import RostrumGenerator

@Suite("Gold is consistent with the text")
struct GoldConsistencyTests {
    static let corpus = CorpusGenerator(seed: 77, language: .mixed).makeSessions(count: 150)

    /// The document's visible text: HTML entities decoded and inline emphasis removed.
    static func visible(_ s: GeneratedSession) -> String {
        var t = s.text
        if s.format == .html {
            for (e, c) in [("&lt;", "<"), ("&gt;", ">"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&laquo;", "«"),
                           ("&raquo;", "»"), ("&mdash;", "—"), ("&quot;", "\""), ("<strong>", ""), ("</strong>", ""),
                           ("&amp;", "&")] {
                t = t.replacingAll(e, with: c)
            }
        }
        if s.format == .markdown { t = t.replacingAll("**", with: "") }
        return t
    }

    @Test("every gold quote text occurs in the document (paragraph by paragraph)")
    func quotesOccur() {
        for s in Self.corpus {
            let text = Self.visible(s)
            for q in s.gold.allQuotes {
                for part in q.text.components(separatedBy: "\n\n") {
                    #expect(text.contains(part), "\(s.id): quote part not in text: \(part)")
                }
            }
        }
    }

    @Test("every figure surface occurs in its quote text at its offset")
    func figuresOccur() {
        for s in Self.corpus {
            for q in s.gold.allQuotes {
                let utf16 = Array(q.text.utf16)
                for f in q.figures {
                    #expect(q.text.contains(f.surface), "\(s.id): '\(f.surface)' not in '\(q.text)'")
                    if let o = f.offset {
                        let surface = Array(f.surface.utf16)
                        let slice = o + surface.count <= utf16.count ? Array(utf16[o..<(o + surface.count)]) : []
                        #expect(slice == surface, "\(s.id): offset \(o) of '\(f.surface)' is wrong in '\(q.text)'")
                    } else {
                        Issue.record("\(s.id): figure without offset")
                    }
                }
            }
        }
    }

    @Test("a speaker keeps one name, position and organisation within a session")
    func repeatsCarryRole() {
        for s in Self.corpus {
            var seen: [String: Speaker] = [:]
            for q in s.gold.allQuotes {
                guard let sp = q.speaker else {
                    Issue.record("\(s.id): quote without speaker")
                    continue
                }
                #expect(sp.position != nil, "\(s.id): \(sp.name) has no position")
                if let before = seen[sp.name] { #expect(before == sp) }
                seen[sp.name] = sp
            }
            let summaries = s.gold.speakers.reduce(0) { $0 + $1.quotes }
            #expect(summaries == s.gold.allQuotes.count)
        }
    }

    @Test("quote texts carry no attribution and no outer quote marks")
    func quoteTextsClean() {
        for s in Self.corpus {
            for q in s.gold.allQuotes {
                guard let name = q.speaker?.name else { continue }
                #expect(!q.text.contains(name), "\(s.id): speaker name inside quote text: \(q.text)")
                #expect(!q.text.hasPrefix("“") && !q.text.hasPrefix("«") && !q.text.hasPrefix("\""))
                #expect(!q.text.hasSuffix(",") && !q.text.hasSuffix("”") && !q.text.hasSuffix("»"))
            }
        }
    }

    @Test("reported speech is the clause after 'that' / the comma, ending with a period")
    func indirectQuotes() {
        var count = 0
        for s in Self.corpus {
            let text = Self.visible(s)
            for q in s.gold.allQuotes where q.indirect {
                count += 1
                #expect(q.text.hasSuffix("."))
                let markers = s.gold.language == .ru ? [", что " + q.text, ", " + q.text] : [" that " + q.text, ", " + q.text]
                #expect(markers.contains { text.contains($0) }, "\(s.id): \(q.text)")
            }
        }
        #expect(count > 50)
    }

    @Test("relative years resolve from the session date, and stay null without one")
    func relativeYears() {
        var checked = 0
        for s in Self.corpus {
            let sessionYear = s.gold.date.flatMap { Int($0.prefix(4)) }
            for q in s.gold.allQuotes {
                for f in q.figures {
                    let after = q.text.utf16.dropFirst((f.offset ?? 0) + f.surface.utf16.count)
                    let tail = String(decoding: after.prefix(20), as: UTF16.self)
                    if tail.hasPrefix(" last year") || tail.hasPrefix(" в прошлом году") {
                        checked += 1
                        #expect(f.year == sessionYear.map { $0 - 1 }, "\(s.id): \(f.surface)\(tail)")
                    }
                    if tail.hasPrefix(" this year") || tail.hasPrefix(" в этом году") {
                        checked += 1
                        #expect(f.year == sessionYear, "\(s.id): \(f.surface)\(tail)")
                    }
                    if f.kind == .target { #expect(f.year != nil) }
                }
            }
        }
        #expect(checked > 20)
    }

    @Test("figure values agree with an independent reading of simple surfaces")
    func figureValues() {
        var checked = 0
        let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                                        "mln": 1e6, "bn": 1e9, "тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
                                        "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллиард": 1e9,
                                        "миллиарда": 1e9, "миллиардов": 1e9, "триллион": 1e12, "триллиона": 1e12,
                                        "триллионов": 1e12]
        for s in Self.corpus {
            for q in s.gold.allQuotes {
                for f in q.figures where f.qualifier == nil && f.valueMax == nil {
                    var words = f.surface.split(separator: " ").map(String.init)
                    guard var first = words.first else { continue }
                    var unitFromSign: String?
                    if first.hasPrefix("$") { unitFromSign = "USD"; first.removeFirst() }
                    if first.hasPrefix("€") { unitFromSign = "EUR"; first.removeFirst() }
                    let isPercent = first.hasSuffix("%")
                    if isPercent { first.removeLast() }
                    words.removeFirst()
                    // Russian thousands are separated by spaces: "1 200 км".
                    while let w = words.first, w.count == 3, w.allSatisfy(\.isNumber) {
                        first += w
                        words.removeFirst()
                    }
                    let digits = first.replacingAll(",", with: s.gold.language == .ru ? "." : "")
                    guard let n = Double(digits) else { continue }
                    var expected = n
                    if let w = words.first, let m = scales[w] { expected *= m }
                    if f.kind == .change, f.value < 0 { expected = -expected }
                    if isPercent { #expect(f.unit == "percent") }
                    if let u = unitFromSign { #expect(f.unit == u) }
                    #expect(abs(f.value - (expected * 100).rounded() / 100) < 1e-6, "\(s.id): \(f.surface) → \(f.value)")
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }

    @Test("the gold JSON round-trips")
    func jsonRoundTrip() throws {
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        for s in Self.corpus.prefix(20) {
            let data = try encoder.encode(s.gold)
            #expect(try decoder.decode(ExtractedDocument.self, from: data) == s.gold)
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
