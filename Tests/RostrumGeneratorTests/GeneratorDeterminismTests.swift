import RostrumModel
import Testing

@testable import RostrumGenerator

@Suite("Corpus generator determinism")
struct GeneratorDeterminismTests {
    @Test("the same seed and index give the same session")
    func sameSeedSameSession() {
        let a = CorpusGenerator(seed: 42, language: .mixed)
        let b = CorpusGenerator(seed: 42, language: .mixed)
        for i in [0, 1, 17, 199] {
            let x = a.makeSession(index: i)
            let y = b.makeSession(index: i)
            #expect(x.text == y.text)
            #expect(x.gold == y.gold)
            #expect(x.fileName == y.fileName)
        }
    }

    @Test("a session does not depend on the sessions generated before it")
    func indexIndependence() {
        let g = CorpusGenerator(seed: 9, language: .en)
        let all = g.makeSessions(count: 6)
        #expect(all[5] == g.makeSession(index: 5))
    }

    @Test("different seeds give different corpora")
    func differentSeeds() {
        let a = CorpusGenerator(seed: 1, language: .en).makeSessions(count: 5).map(\.text)
        let b = CorpusGenerator(seed: 2, language: .en).makeSessions(count: 5).map(\.text)
        #expect(a != b)
    }

    @Test("the language option is honoured")
    func languages() {
        let en = CorpusGenerator(seed: 3, language: .en).makeSessions(count: 20)
        let ru = CorpusGenerator(seed: 3, language: .ru).makeSessions(count: 20)
        let mixed = CorpusGenerator(seed: 3, language: .mixed).makeSessions(count: 60)
        #expect(en.allSatisfy { $0.gold.language == .en })
        #expect(ru.allSatisfy { $0.gold.language == .ru })
        #expect(mixed.contains { $0.gold.language == .en } && mixed.contains { $0.gold.language == .ru })
        #expect(ru.allSatisfy { $0.text.unicodeScalars.contains { (0x0410...0x044F).contains($0.value) } })
    }

    @Test("SplitMix64 reproduces the reference sequence for seed 0")
    func splitMixReference() {
        var r = SplitMix64(seed: 0)
        #expect(r.next() == 0xE220_A839_7B1D_CDAF)
        #expect(r.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
