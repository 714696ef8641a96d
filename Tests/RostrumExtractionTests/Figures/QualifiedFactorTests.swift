import RostrumExtraction
import RostrumModel
import Testing

/// A qualifier between a verb of change and a factor word: «упал почти вдвое», «сократился более
/// чем вдвое», "fell almost threefold", "more than doubled". The decline is still a decline (the
/// share lost, in percent) and the qualifier is kept.
let qualifiedFactorCases: [FigureCase] = [
    FigureCase("Транзит в Европу за год упал почти вдвое.", .ru, e(-50, "percent", .change, .almost)),
    FigureCase("Выручка перевозчиков сократилась более чем вдвое.", .ru, e(-50, "percent", .change, .moreThan)),
    FigureCase("Число рейсов увеличилось примерно втрое.", .ru, e(3, "times", .change, .about)),
    FigureCase("Сроки поставок выросли почти вдвое.", .ru, e(2, "times", .change, .almost)),
    FigureCase("Imports of the substance fell almost threefold.", .en, e(-66.67, "percent", .change, .almost)),
    FigureCase("Our output of insulin more than doubled.", .en, e(100, "percent", .change, .moreThan)),
    // Without a qualifier nothing changes.
    FigureCase("Транзит в Европу упал вдвое.", .ru, e(-50, "percent", .change)),
    FigureCase("Exports doubled.", .en, e(100, "percent", .change)),
]

@Suite struct QualifiedFactorTests {
    let extractor = FigureExtractor()

    @Test(arguments: qualifiedFactorCases)
    func figures(_ c: FigureCase) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: 2023)
        #expect(found.count == c.expected.count, "\(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "expected \(x), got \(f)")
        }
    }
}
