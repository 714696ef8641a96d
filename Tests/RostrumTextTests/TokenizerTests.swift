import Testing
import RostrumText

private let analyzer = TextAnalyzer()

@Test func mixedEnglishRussianChineseTokensWithOffsets() {
    let text = "Trade grew 55%; товарооборот вырос — 中俄合作 expands."
    let tokens = analyzer.tokens(in: text)
    #expect(tokens.map(\.surface) == [
        "Trade", "grew", "55", "товарооборот", "вырос", "中俄", "俄合", "合作", "expands",
    ])
    #expect(tokens.map(\.term) == [
        "trade", "grew", "55", "товарооборот", "вырос", "中俄", "俄合", "合作", "expand",
    ])
    #expect(tokens.map(\.kind) == [.word, .word, .number, .word, .word, .cjk, .cjk, .cjk, .word])
    // Offsets are UTF-16 offsets into the text; each surface is found there.
    let utf16 = Array(text.utf16)
    for token in tokens {
        let slice = utf16[token.utf16Offset..<(token.utf16Offset + token.utf16Length)]
        #expect(String(decoding: slice, as: UTF16.self) == token.surface)
    }
    #expect(tokens[0].utf16Offset == 0)
    #expect(tokens[3].utf16Offset == 16)
    #expect(tokens[5].utf16Offset == 37)
}

@Test func offsetsCountSurrogatePairs() {
    let tokens = analyzer.tokens(in: "😀 growth 𠀋字")
    #expect(tokens.map(\.surface) == ["growth", "𠀋字"])
    #expect(tokens.map(\.utf16Offset) == [3, 10])
}

@Test func foldedFormAndTermOfWords() {
    let tokens = analyzer.tokens(in: "ÉCONOMIE Ёлки Investments")
    #expect(tokens.map(\.folded) == ["economie", "елки", "investments"])
    #expect(tokens.map(\.term) == ["economi", "елк", "invest"])
}

@Test func hyphenatedWordsSplitIntoParts() {
    #expect(analyzer.terms(in: "state-owned Russian–Chinese из-за") == ["state", "own", "russian", "chines", "из", "за"])
}

@Test func apostrophesStayInsideWords() {
    let tokens = analyzer.tokens(in: "Don’t say 'investors' — O'Neill's view")
    #expect(tokens.map(\.surface) == ["Don’t", "say", "investors", "O'Neill's", "view"])
    #expect(tokens.map(\.folded) == ["don't", "say", "investors", "o'neill's", "view"])
    #expect(tokens[3].term == "o'neil")
}

@Test func numbersKeepTheirDecimalSeparator() {
    let tokens = analyzer.tokens(in: "up 1.5 times, на 1,5 трлн, 3.")
    let numbers = tokens.filter { $0.kind == .number }
    #expect(numbers.map(\.surface) == ["1.5", "1,5", "3"])
    #expect(numbers.map(\.term) == ["1.5", "1.5", "3"])
}

@Test func numberGroupingIsRemovedFromTerms() {
    let terms = analyzer.terms(in: "1,000,000 tonnes; 1\u{00A0}000\u{00A0}000 тонн; 1,234.5; 1.234,5; 1,000; 12.09.2023")
    #expect(terms == ["1000000", "tonn", "1000000", "тон", "1234.5", "1234.5", "1000", "12.09.2023"])
}

@Test func lettersAfterDigitsStartANewWord() {
    #expect(analyzer.tokens(in: "5G and G20").map(\.surface) == ["5", "G", "and", "G20"])
    #expect(analyzer.terms(in: "в 2023г.") == ["в", "2023", "г"])
}

@Test func cjkRunsBecomeBigramsAndSingleCharactersUnigrams() {
    let tokens = analyzer.tokens(in: "远东合作, 中 and ひらがなカタカナ 한국")
    #expect(tokens.map(\.term) == [
        "远东", "东合", "合作", "中", "and", "ひら", "らが", "がな", "なカ", "カタ", "タカ", "カナ", "한국",
    ])
    #expect(tokens.filter { $0.kind == .cjk }.count == 12)
}

@Test func fullwidthLettersAndDigitsFold() {
    let tokens = analyzer.tokens(in: "ＡＢＣ１２３ ２０２３")
    #expect(tokens.map(\.folded) == ["abc123", "2023"])
    #expect(tokens.map(\.kind) == [.word, .number])
}

@Test func stemmerFollowsTheScriptOfEachWord() {
    #expect(analyzer.terms(in: "investing инвестициями investments инвестиций") == ["invest", "инвестиц", "invest", "инвестиц"])
}

@Test func emptyAndPunctuationOnlyTextHasNoTokens() {
    #expect(analyzer.tokens(in: "").isEmpty)
    #expect(analyzer.tokens(in: " — «…» ,. ").isEmpty)
}

@Test func softHyphenDoesNotSplitAWord() {
    let tokens = analyzer.tokens(in: "co\u{00AD}operation")
    #expect(tokens.count == 1)
    #expect(tokens.first?.folded == "cooperation")
}
