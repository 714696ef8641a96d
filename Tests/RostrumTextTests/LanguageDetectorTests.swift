import Testing
import RostrumModel
import RostrumText

@Test func detectsLanguageByScript() {
    #expect(LanguageDetector.detect("Cooperation between Russia and China in the Far East") == .en)
    #expect(LanguageDetector.detect("Сотрудничество России и Китая на Дальнем Востоке") == .ru)
    #expect(LanguageDetector.detect("中俄两国在远东地区的合作前景广阔") == .zh)
    #expect(LanguageDetector.detect("2023 — 55%, 1.5") == .unknown)
    #expect(LanguageDetector.detect("") == .unknown)
}

@Test func dominantScriptWinsInMixedText() {
    #expect(LanguageDetector.detect("Министр Алексей Чекунков выступил на форуме EEF в среду") == .ru)
    #expect(LanguageDetector.detect("The Chinese word 合作 means cooperation in this context") == .en)
    #expect(LanguageDetector.detect("远东合作论坛 EEF 2023 在符拉迪沃斯托克举行") == .zh)
}

@Test func onlyTheStartOfALongTextIsSampled() {
    let english = String(repeating: "Investment in regional transport grew. ", count: 200)
    let russian = String(repeating: "Инвестиции в транспорт выросли. ", count: 2000)
    #expect(LanguageDetector.detect(english + russian) == .en)
    #expect(TextAnalyzer().language(of: russian) == .ru)
}
