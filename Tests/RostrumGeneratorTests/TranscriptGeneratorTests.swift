import RostrumGenerator
import RostrumModel
import Testing

@Suite struct TranscriptGeneratorTests {
    @Test func theSameSeedAndIndexGiveTheSameTranscript() {
        let a = TranscriptGenerator(seed: 11, language: .mixed).makeTranscript(index: 5)
        let b = TranscriptGenerator(seed: 11, language: .mixed).makeTranscript(index: 5)
        #expect(a == b)
        #expect(a.text != TranscriptGenerator(seed: 11, language: .mixed).makeTranscript(index: 6).text)
        #expect(a.fileName.hasSuffix(".txt"))
    }

    @Test(arguments: [CorpusLanguage.en, .ru])
    func keyPassagesStandVerbatimInTheirSpeakersTurns(_ language: CorpusLanguage) {
        let generator = TranscriptGenerator(seed: 5, language: language)
        for i in 0..<10 {
            let t = generator.makeTranscript(index: i)
            #expect(!t.keyPassages.isEmpty)
            let paragraphs = t.text.split(separator: "\n\n").map(String.init)
            var speaker = ""
            var turns: [(String, String)] = []
            for p in paragraphs {
                if let colon = p.firstIndex(of: ":"), p[..<colon].split(separator: " ").count == 2, !p[..<colon].contains(",") {
                    speaker = String(p[..<colon])
                }
                turns.append((speaker, p))
            }
            for key in t.keyPassages {
                #expect(turns.contains { $0.0 == key.speaker.name && $0.1.contains(key.text) }, "\(key.text)")
                #expect(key.speaker.position != nil)
            }
            // The gold digest holds the key passages, section by topic.
            #expect(t.gold.allQuotes.map(\.text) == t.keyPassages.map(\.text))
        }
    }

    @Test func aTranscriptHasAModeratorParticipantsAndMuchMoreTalkThanSubstance() {
        let en = TranscriptGenerator(seed: 9, language: .en).makeTranscript(index: 0)
        #expect(en.text.contains("\nParticipants:\n"))
        #expect(en.text.contains("\nModerator: "))
        #expect(en.text.contains("Now let's turn to"))
        let ru = TranscriptGenerator(seed: 9, language: .ru).makeTranscript(index: 0)
        #expect(ru.text.contains("\nУчастники:\n"))
        #expect(ru.text.contains("Переходим к следующей теме"))
        for t in [en, ru] {
            let key = t.keyPassages.reduce(0) { $0 + $1.text.count }
            #expect(key * 8 < t.text.count)
        }
    }

    @Test func theSessionCorpusIsUnchangedByTranscripts() {
        // Transcripts draw from their own stream: the session generator gives what it gave before.
        let session = CorpusGenerator(seed: 1, language: .en).makeSession(index: 0)
        _ = TranscriptGenerator(seed: 1, language: .en).makeTranscript(index: 0)
        #expect(session == CorpusGenerator(seed: 1, language: .en).makeSession(index: 0))
    }
}
