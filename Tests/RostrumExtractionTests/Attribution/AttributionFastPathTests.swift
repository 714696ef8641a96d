@testable import RostrumExtraction
import Testing

/// The byte readings of the attribution stage's second speed round (names read in place, the
/// verb pre-scan, the last words of a head, the last spaced dash, sentence ends) give the answers
/// of the scalar- and index-level code they stand in for, on realistic English and Russian text.
@Suite struct AttributionFastPathTests {
    static let phrases: [String] = [
        "Igor Egorov, Chairman of the Management Board, Huawei Technologies Co., Ltd.",
        "said Sergey Tarasov", "Sergey Tarasov said", "Said Al-Harbi, Adviser", "Said Ayaz Ospanov, Vice Minister",
        "Park Jae-hoon said in his closing remarks", "He Zhenwei", "He", "Ltd.", "IBM", "O'Neill", "Jean-Luc Picard",
        "Maria de la Cruz", "Ali bin Talal", "Anna Smirnova also noted", "told reporters Anna Smirnova",
        "— отметил глава Минвостокразвития Алексей Чекунков", "Алексей Олегович Чекунков", "Ёлкин Пётр",
        "отметила Анна Кузнецова, директор по развитию", "рассказал ТАСС Андрей Иванов", "РИА Новости", "Он также отметил",
        "Élodie Dupont", "Zoë Brown’s", "José\u{0301} Ruiz", "Ivan Petrov\u{200D}", "Ǆemal Bey", "İlker Başbuğ",
        "Ivan  Petrov", " Ivan Petrov", "Ivan Petrov ", "A. B. Smith", "Mr. Potanin", "г-н Потанин", "1st Deputy",
        "Vyacheslav Ruksha, Director General, Northern Sea Route Directorate", "Chairman ТАСС said,", "Иванов: ",
        "SAID Anna", "Отметил, Сказала: said. SAID Told заявила подчеркнул, Pointed also Также сказал", "",
        "Participants", "The Ministry", "Anna Smirnova (CEO, Teachers Fund)", "Fred «Ted» Jones", "李 明",
    ]

    @Test func namesReadFromBytesMatchTheScalarWalk() {
        for phrase in Self.phrases {
            for text in [Substring(phrase), Substring(phrase).dropFirst(min(2, phrase.count))] {
                #expect(NameShape.isPersonName(text) == NameShape.isPersonNameByScalars(text), "\(text)")
                for word in text.words() {
                    #expect(NameShape.isPersonName(word) == NameShape.isPersonNameByScalars(word), "\(word)")
                }
            }
        }
        #expect(NameShape.isPersonName("He Zhenwei"))
        #expect(!NameShape.isPersonName("He"))
        #expect(!NameShape.isPersonName("IBM"))
        #expect(NameShape.isPersonName("Алексей Олегович Чекунков"))
    }

    @Test func verbPreScanNeverMissesAVerb() {
        for phrase in Self.phrases {
            let text = Substring(phrase)
            let words = text.words()
            let anyVerb = words.indices.contains { SaidVerbs.match(words, at: $0) > 0 }
            // `parse` asks about a capitalised first word only in a phrase of three words or more
            // whose second word has no final comma and whose third does not open with "(".
            let openingVerb = words.count > 2 && words[1].last != "," && words[2].first != "("
                && (SaidVerbs.singleSet.containsNormalized(words[0]) || SaidVerbs.pairHeads.containsNormalized(words[0]))
            if anyVerb || openingVerb { #expect(SaidVerbs.mayHoldVerb(text), "\(phrase)") }
        }
        #expect(!SaidVerbs.mayHoldVerb("Igor Egorov, Chairman of the Management Board, Huawei Technologies Co., Ltd."))
        #expect(!SaidVerbs.mayHoldVerb("Вячеслав Рукша, заместитель генерального директора"))
        #expect(SaidVerbs.mayHoldVerb("Anna Smirnova said"))
        #expect(SaidVerbs.mayHoldVerb("Said Ayaz Ospanov, Vice Minister"))
        #expect(!SaidVerbs.mayHoldVerb("Said Al-Harbi, Adviser"), "a name: two name words must follow the verb")
        #expect(SaidVerbs.mayHoldVerb("— ОТМЕТИЛ Алексей Чекунков") == false, "a capitalised verb after the first word cannot match")
    }

    @Test func byteLookUpsMatchTheStringSets() {
        let words: [Substring] = Self.phrases.flatMap { $0.split(separator: " ") } + ["said,", "SAID:", "Отметил.", "Ѐлка", "ѢТЬ", "said\u{0301}"]
        for word in words {
            let normalized = SaidVerbs.normalized(word)
            let viaBytes = word.utf8.withContiguousStorageIfAvailable { SaidVerbs.heads.containsNormalized(bytes: $0) } ?? nil
            if let viaBytes {
                #expect(viaBytes == (SaidVerbs.single.contains(normalized) || SaidVerbs.pairs[normalized] != nil), "\(word)")
            }
            #expect(AttributionParser.proseStartSet.containsLowercased(word) == AttributionParser.proseStarts.contains(word.lowercased()), "\(word)")
            #expect(SaidVerbs.singleSet.containsNormalized(word) == SaidVerbs.single.contains(normalized), "\(word)")
        }
    }

    @Test func lastWordsAreTheSuffixOfWords() {
        for phrase in Self.phrases + ["  a  b c ", "one", "   "] {
            let text = Substring(phrase)
            for limit in [0, 1, 2, 6, 40] {
                #expect(text.lastWords(limit) == Array(text.words().suffix(limit)), "\(phrase) / \(limit)")
            }
        }
    }

    @Test func lastSpacedDashMatchesTheScalarWalk() {
        let lines = [
            "Tourism is a growth driver — Anna Smirnova, Director, Teachers Fund",
            "«Мы ожидаем рост», — отметил Алексей Чекунков – глава - министерства",
            "No dash at all, only prose-like text with hyphen-words",
            "— A dash opens the line", "ends with a dash —", "a — b", String(repeating: "слово ", count: 120) + "— Анна Кузнецова",
            "Mixed – en — em - hyphen \u{0301}— combining", "",
        ]
        for line in lines {
            #expect(AttributionParser.lastSpacedDash(in: line) == AttributionParser.lastSpacedDashByScalars(in: line), "\(line)")
        }
        #expect(AttributionParser.dashAttributionSplit("Tourism is a growth driver — Anna Smirnova, Director, Teachers Fund")?.attribution.name == "Anna Smirnova")
    }

    @Test func trailingPeriodAndSpacesMatchTheScalarWalk() {
        let texts = [
            "Igor Egorov, Huawei Technologies Co., Ltd.", "said Sergey Tarasov.", "Ivan I.", "I.", "U.S.", "O.S.K.", "S.A.",
            "ООО.", "г.", "Пётр Королёв.", "е\u{0301}.", "Ж.", "\u{00A0} Anna Smirnova.\u{00A0} ", "  .", ".", "", "  ", "a.b.",
            "no period", "Inc..", "ends with ellipsis…", "Élodie.", "Ǆ.",
        ]
        for text in texts {
            let sub = Substring(text)
            #expect(sub.trimmingSpaces() == sub.trimmingSpacesByScalars(), "\(text)")
            #expect(AttributionParser.trimTrailingPeriod(sub) == AttributionParser.trimTrailingPeriodByIndex(sub.trimmingSpacesByScalars()), "\(text)")
        }
        #expect(AttributionParser.trimTrailingPeriod("Huawei Technologies Co., Ltd.") == "Huawei Technologies Co., Ltd.")
        #expect(AttributionParser.trimTrailingPeriod("said Sergey Tarasov. ") == "said Sergey Tarasov")
    }

    @Test func sentenceBoundaryMatchesTheIndexWalk() {
        let tails = [
            "said Anna Smirnova. She added more.", "Igor Egorov, Huawei Technologies Co., Ltd.", "Ivan I. Petrov. Next",
            "said Dr. Ivanov! Then “another” quote. «Третья» фраза", "отметил Пётр Королёв. По его словам", "U.S. Steel. Yes",
            "one.  Two spaces", "ends with a period.", "Ltd. Co. Corp. Inc. Alpha", "e\u{0301}. É", "",
        ]
        for tail in tails {
            for text in [Substring(tail), Substring(tail).dropFirst(min(3, tail.count))] {
                #expect(AttributionParser.sentenceBoundary(in: text) == AttributionParser.sentenceBoundaryByIndex(in: text), "\(text)")
            }
        }
    }
}
