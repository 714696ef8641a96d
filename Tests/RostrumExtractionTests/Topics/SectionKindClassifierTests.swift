import Testing
import RostrumModel
import RostrumExtraction

@Suite("Section kinds from group labels and headings")
struct SectionKindClassifierTests {
    let classifier = SectionKindClassifier()

    @Test(
        "standalone group labels in English and Russian",
        arguments: [
            ("Key conclusions", SectionKind.conclusion), ("KEY CONCLUSIONS:", .conclusion), ("Conclusions", .conclusion),
            ("Problems", .problem), ("Problems:", .problem), ("Challenges", .problem),
            ("Solutions", .solution), ("solutions", .solution), ("Proposals", .solution), ("Recommendations:", .solution),
            ("Ключевые выводы", .conclusion), ("Выводы:", .conclusion), ("Проблемы", .problem), ("ПРОБЛЕМЫ", .problem),
            ("Решения", .solution), ("Решения:", .solution), ("Предложения", .solution), ("Рекомендации", .solution),
        ])
    func groupLabel(_ line: String, _ kind: SectionKind) {
        #expect(classifier.isGroupLabel(line) == kind)
    }

    @Test(
        "thematic headings and sentences are not group labels",
        arguments: [
            "Problems of Arctic shipping", "Supporting inbound tourism", "Key conclusions of the working group on grain",
            "We discussed the problems.", "Проблемы логистики на границе", "Развитие туризма", "",
        ])
    func notGroupLabel(_ line: String) {
        #expect(classifier.isGroupLabel(line) == nil)
    }

    @Test(
        "English headings by their words",
        arguments: [
            ("Cross-border trade potential remains underused", SectionKind.problem),
            ("Agreements on the new grain terminal not implemented", .problem),
            ("Difficult talks on the price of gas", .problem),
            ("Risks for foreign investors", .problem),
            ("Main obstacles to container transit", .problem),
            ("Lifting barriers to grain exports", .solution),
            ("Increasing direct investment in the Far East", .solution),
            ("Supporting inbound tourism", .solution),
            ("Expansion of cooperation in media content", .solution),
            ("Developing the Northern Sea Route", .solution),
            ("Measures to attract investors", .solution),
            ("Outcomes of the session", .conclusion),
            ("Russia and China in the Far East", .other),
        ])
    func englishHeading(_ heading: String, _ kind: SectionKind) {
        #expect(classifier.kind(heading: heading, group: nil) == kind)
    }

    @Test(
        "Russian headings by their words",
        arguments: [
            ("Барьеры для экспорта зерна", SectionKind.problem),
            ("Проблемы логистики на границе", .problem),
            ("Договоренности о мосте не реализованы", .problem),
            ("Сложности согласования тарифов", .problem),
            ("Риски для инвесторов", .problem),
            ("Развитие въездного туризма", .solution),
            ("Поддержка экспортеров", .solution),
            ("Расширение сотрудничества в сфере медиа", .solution),
            ("Меры поддержки инвесторов", .solution),
            ("Предложения по упрощению визового режима", .solution),
            ("Снятие торговых барьеров", .solution),
            ("Итоги сессии", .conclusion),
            ("Основной вывод дискуссии", .conclusion),
            ("Россия и Китай на Дальнем Востоке", .other),
        ])
    func russianHeading(_ heading: String, _ kind: SectionKind) {
        #expect(classifier.kind(heading: heading, group: nil) == kind)
    }

    @Test("a group label decides over the heading's words")
    func groupWins() {
        #expect(classifier.kind(heading: "Risks for investors", group: "Key conclusions") == .conclusion)
        #expect(classifier.kind(heading: "Supporting inbound tourism", group: "Problems") == .problem)
        #expect(classifier.kind(heading: "Транспортные коридоры", group: "Решения") == .solution)
        #expect(classifier.kind(heading: "Транспортные коридоры", group: nil) == .other)
    }

    @Test("without heading or group the kind is other")
    func nothing() {
        #expect(classifier.kind(heading: nil, group: nil) == .other)
        #expect(classifier.kind(heading: "", group: nil) == .other)
    }
}
