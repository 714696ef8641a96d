import RostrumModel
import Testing

@testable import RostrumGenerator

@Suite("Accuracy scorer")
struct AccuracyScorerTests {
    static let zhou = Speaker(name: "Zhou Liqun", position: "General Manager",
                              organization: "China Chengtong International Investment Ltd.")
    static let wan = Speaker(name: "Wan Ping", position: "Chairman", organization: "China Chamber of Tourism")

    static func gold() -> ExtractedDocument {
        ExtractedDocument(title: "Trade", language: .en, sections: [
            Section(heading: "Plans to increase trade not implemented", kind: .problem, quotes: [
                Quote(text: "We have an agreement to increase our mutual trade turnover up to $100 billion by 2015, and 200 billion — by 2020",
                      speaker: zhou, figures: [
                          Figure(surface: "up to $100 billion", value: 1e11, unit: "USD", kind: .target, qualifier: .upTo, year: 2015),
                          Figure(surface: "200 billion", value: 2e11, unit: "USD", kind: .target, year: 2020),
                      ]),
                Quote(text: "Air traffic between our countries will grow by a quarter", speaker: wan, figures: [
                    Figure(surface: "a quarter", value: 25, unit: "percent", kind: .change),
                ]),
                Quote(text: "The growth potential is huge!", speaker: wan),
            ]),
        ])
    }

    @Test("a perfect prediction scores 1.0 everywhere")
    func perfect() {
        let s = AccuracyScorer().score(predicted: Self.gold(), gold: Self.gold(), documentID: "d1")
        #expect(s.quoteF1 == 1)
        #expect(s.speakerF1 == 1)
        #expect(s.figureF1 == 1)
        #expect(s.figureKindAccuracy == 1)
        #expect(s.mismatches.isEmpty)
    }

    @Test("folding ignores case, quote marks, spacing and trailing punctuation")
    func folding() {
        var p = Self.gold()
        p.sections[0].quotes[1].text = "“air traffic between  our countries will grow by a quarter.”"
        p.sections[0].quotes[2].text = "The growth potential is huge"
        p.sections[0].quotes[0].speaker?.name = "zhou  liqun"
        let s = AccuracyScorer().score(predicted: p, gold: Self.gold())
        #expect(s.quoteF1 == 1)
        #expect(s.speakerF1 == 1)
    }

    @Test("a missing quote lowers recall only")
    func missingQuote() {
        var p = Self.gold()
        p.sections[0].quotes.remove(at: 2)
        let s = AccuracyScorer().score(predicted: p, gold: Self.gold(), documentID: "d1")
        #expect(s.quotePrecision == 1)
        #expect(abs(s.quoteRecall - 2.0 / 3) < 1e-9)
        #expect(abs(s.quoteF1 - 0.8) < 1e-9)
        #expect(s.mismatches.map(\.kind) == [.missingQuote])
        #expect(s.summary().contains("missing quote (1)"))
        #expect(s.summary().contains("The growth potential is huge!"))
    }

    @Test("a quote below the Jaccard threshold does not match")
    func threshold() {
        var p = Self.gold()
        p.sections[0].quotes[1].text = "Air traffic between our countries will grow"
        let s = AccuracyScorer().score(predicted: p, gold: Self.gold())
        #expect(s.matchedQuotes == 2)
        #expect(s.mismatches.contains { $0.kind == .spuriousQuote })
    }

    @Test("a wrong speaker position counts against speaker F1, not quote F1")
    func wrongSpeaker() {
        var p = Self.gold()
        p.sections[0].quotes[0].speaker = Speaker(name: "Zhou Liqun", position: "General Manager, China Chengtong International Investment Ltd.")
        let s = AccuracyScorer().score(predicted: p, gold: Self.gold())
        #expect(s.quoteF1 == 1)
        #expect(abs(s.speakerF1 - 2.0 / 3) < 1e-9)
        #expect(abs(s.speakerAccuracy - 2.0 / 3) < 1e-9)
        #expect(s.mismatches.map(\.kind) == [.wrongSpeaker])
    }

    @Test("a wrong figure value and a wrong kind are counted separately")
    func wrongFigure() {
        var p = Self.gold()
        p.sections[0].quotes[0].figures[1].value = 2.1e11  // 5% off: no match
        p.sections[0].quotes[1].figures[0].kind = .level  // value right, kind wrong
        let s = AccuracyScorer().score(predicted: p, gold: Self.gold())
        #expect(s.goldFigures == 3)
        #expect(s.matchedFigures == 2)
        #expect(abs(s.figureF1 - 2.0 / 3) < 1e-9)
        #expect(s.figureKindAccuracy == 0.5)
        #expect(Set(s.mismatches.map(\.kind)) == [.missingFigure, .spuriousFigure, .wrongFigureKind])
    }

    @Test("values within 0.5% and equal units match; other units do not")
    func tolerance() {
        var p = Self.gold()
        p.sections[0].quotes[0].figures[0].value = 1.004e11
        p.sections[0].quotes[0].figures[1].unit = "EUR"
        let s = AccuracyScorer().score(predicted: p, gold: Self.gold())
        #expect(s.matchedFigures == 2)
    }

    @Test("scores add up by counts (micro-average)")
    func aggregation() {
        var p = Self.gold()
        p.sections[0].quotes.removeAll()
        let scorer = AccuracyScorer()
        let total = scorer.score([(Self.gold(), Self.gold(), "a"), (p, Self.gold(), "b")])
        #expect(total.documents == 2)
        #expect(total.goldQuotes == 6)
        #expect(total.matchedQuotes == 3)
        #expect(total.quoteRecall == 0.5)
        #expect(total.quotePrecision == 1)
        #expect(total.summary().contains("worst documents: b (3)"))
    }

    @Test("generated gold scored against itself is perfect")
    func generatedSelfScore() {
        let g = CorpusGenerator(seed: 5, language: .mixed)
        var total = Score()
        for i in 0..<20 {
            let s = g.makeSession(index: i)
            total.add(AccuracyScorer().score(predicted: s.gold, gold: s.gold, documentID: s.id))
        }
        #expect(total.quoteF1 == 1 && total.speakerF1 == 1 && total.figureF1 == 1 && total.figureKindAccuracy == 1)
    }
}
