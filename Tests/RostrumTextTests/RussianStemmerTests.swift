import Testing
@testable import RostrumText

/// Reference pairs from the Snowball Russian stemmer: word → stem.
private let russianPairs: [(String, String)] = [
    ("инвестиции", "инвестиц"),
    ("инвестиций", "инвестиц"),
    ("инвестициями", "инвестиц"),
    ("инвестиционный", "инвестицион"),
    ("инвестор", "инвестор"),
    ("инвесторов", "инвестор"),
    ("товарооборот", "товарооборот"),
    ("товарооборота", "товарооборот"),
    ("товарооборотом", "товарооборот"),
    ("сотрудничество", "сотрудничеств"),
    ("сотрудничества", "сотрудничеств"),
    ("развитие", "развит"),
    ("развития", "развит"),
    ("регионов", "регион"),
    ("регионами", "регион"),
    ("предприятия", "предприят"),
    ("экономика", "экономик"),
    ("экономического", "экономическ"),
    ("российского", "российск"),
    ("китайских", "китайск"),
    ("дальневосточный", "дальневосточн"),
    ("председатель", "председател"),
    ("заместителем", "заместител"),
    ("говорил", "говор"),
    ("говорила", "говор"),
    ("сказала", "сказа"),
    ("отметил", "отмет"),
    ("подчеркнула", "подчеркнул"),
    ("увеличился", "увелич"),
    ("увеличилась", "увелич"),
    ("вырос", "вырос"),
    ("выросли", "выросл"),
    ("процентов", "процент"),
    ("миллиардов", "миллиард"),
    ("рублей", "рубл"),
    ("контейнеров", "контейнер"),
    ("перевозки", "перевозк"),
    ("железной", "железн"),
    ("дороги", "дорог"),
    ("транзитных", "транзитн"),
    ("грузопотока", "грузопоток"),
    ("ёлка", "елк"),
    ("объём", "объ"),
    ("знающий", "знающ"),
    ("величайший", "величайш"),
    ("красивейшая", "красив"),
    ("пустынный", "пустын"),
    ("бесконечность", "бесконечн"),
    ("осторожность", "осторожн"),
    ("граждане", "граждан"),
    ("хозяйства", "хозяйств"),
    ("сельского", "сельск"),
    ("технологиями", "технолог"),
    ("цифровизации", "цифровизац"),
    ("обещание", "обещан"),
    ("обещаниями", "обещан"),
    ("обрадовался", "обрадова"),
    ("нравственности", "нравствен"),
    ("оборвавший", "оборва"),
    ("одевшись", "одевш"),
    ("улучшать", "улучша"),
    ("улучшение", "улучшен"),
    ("партнёрами", "партнер"),
    ("вдвое", "вдво"),
    ("осуществляющиеся", "осуществля"),
    ("прогуливающиеся", "прогулива"),
]

/// Snowball's stem, then Rostrum's fleeting-vowel step («грузопоток» → «грузопотк», as «грузопотока»).
@Test(arguments: russianPairs)
func russianStemmerMatchesSnowball(word: String, stem: String) {
    #expect(RussianStemmer.stem(word) == RussianStemmer.fleetingVowelStem(stem))
}

@Test func russianCaseFormsShareAStem() {
    let investment = Set(["инвестиции", "инвестиций", "инвестициями", "инвестициях"].map(RussianStemmer.stem))
    #expect(investment.count == 1)
    #expect(RussianStemmer.stem("товарооборот") == RussianStemmer.stem("товарооборота"))
}

@Test func russianStemmerTreatsYoAsYe() {
    #expect(RussianStemmer.stem("партнёрами") == RussianStemmer.stem("партнерами"))
    #expect(RussianStemmer.stem("ёж") == "еж")
}

@Test func russianWordsWithoutVowelsAreUntouched() {
    #expect(RussianStemmer.stem("млрд") == "млрд")
}

/// A two-letter word is a word of its own: «ИИ» (artificial intelligence) must not become the
/// conjunction «и», nor «АО» (joint-stock company) «а», so that a search for either finds it alone.
@Test func russianTwoLetterWordsAreLeftWhole() {
    for word in ["ии", "ао", "ее", "ей", "ой"] {
        #expect(RussianStemmer.stem(word) == word, "\(word)")
    }
    let analyzer = TextAnalyzer()
    #expect(analyzer.terms(in: "ИИ и данные") == ["ии", "и", "дан"])
    #expect(!analyzer.terms(in: "Внедрение ИИ в логистике").contains("и"))
    // Longer words are stemmed as before.
    #expect(RussianStemmer.stem("инвестиции") == "инвестиц")
}
