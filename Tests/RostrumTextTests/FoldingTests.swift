import Testing
@testable import RostrumText

@Test func foldingLowercasesAndStripsAccents() {
    #expect(Folding.fold("Économie ÉTAT café") == "economie etat cafe")
    #expect(Folding.fold("São Paulo, Zürich, Kraków, Øresund") == "sao paulo, zurich, krakow, oresund")
    #expect(Folding.fold("Hà Nội") == "ha noi")
}

@Test func foldingExpandsSpecialLetters() {
    #expect(Folding.fold("Straße") == "strasse")
    #expect(Folding.fold("Æsir Œuvre") == "aesir oeuvre")
    #expect(Folding.fold("ﬁnance") == "finance")
}

@Test func foldingMapsYoToYeAndKeepsShortI() {
    #expect(Folding.fold("Ёлка, её, ЁЖ") == "елка, ее, еж")
    #expect(Folding.fold("Новый Край") == "новый край")
    // "и" followed by a combining breve is "й".
    #expect(Folding.fold("кра\u{0438}\u{0306}") == "край")
    // A stress mark over a vowel disappears.
    #expect(Folding.fold("за\u{0301}мок") == "замок")
}

@Test func foldingNarrowsFullwidthForms() {
    #expect(Folding.fold("ＡＢＣ１２３") == "abc123")
    #expect(Folding.fold("ｈｅｌｌｏ，ｗｏｒｌｄ") == "hello,world")
}

@Test func foldingNormalisesTypography() {
    #expect(Folding.fold("don’t") == "don't")
    #expect(Folding.fold("2019–2023 — rise") == "2019-2023 - rise")
    #expect(Folding.fold("1\u{00A0}000") == "1 000")
    #expect(Folding.fold("co\u{00AD}operation") == "cooperation")
}

@Test func foldingLeavesCJKAlone() {
    #expect(Folding.fold("中俄合作 日本語 한국어") == "中俄合作 日本語 한국어")
}

@Test func foldingTablesCoverTheirRanges() {
    #expect(Folding.latin1.count == 0x40)
    #expect(Folding.latinExtendedA.count == 0x80)
    #expect(Folding.latinExtendedAdditional.count == 0xFA)
}
