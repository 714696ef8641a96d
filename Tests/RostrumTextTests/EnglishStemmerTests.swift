import Testing
@testable import RostrumText

/// Reference pairs from the Snowball English (Porter2) stemmer: word → stem.
private let englishPairs: [(String, String)] = [
    ("investing", "invest"),
    ("investment", "invest"),
    ("invested", "invest"),
    ("investments", "invest"),
    ("investor", "investor"),
    ("countries", "countri"),
    ("country", "countri"),
    ("cooperation", "cooper"),
    ("cooperative", "cooper"),
    ("development", "develop"),
    ("developing", "develop"),
    ("developed", "develop"),
    ("regional", "region"),
    ("regions", "region"),
    ("transportation", "transport"),
    ("transport", "transport"),
    ("container", "contain"),
    ("containers", "contain"),
    ("railways", "railway"),
    ("agricultural", "agricultur"),
    ("agriculture", "agricultur"),
    ("economic", "econom"),
    ("economical", "econom"),
    ("economy", "economi"),
    ("prospects", "prospect"),
    ("promising", "promis"),
    ("potential", "potenti"),
    ("partnership", "partnership"),
    ("partnerships", "partnership"),
    ("enormous", "enorm"),
    ("gigantic", "gigant"),
    ("comfortable", "comfort"),
    ("treasury", "treasuri"),
    ("resources", "resourc"),
    ("natural", "natur"),
    ("political", "polit"),
    ("communication", "communic"),
    ("interregional", "interregion"),
    ("federation", "feder"),
    ("committee", "committe"),
    ("chairman", "chairman"),
    ("executive", "execut"),
    ("officer", "offic"),
    ("deputy", "deputi"),
    ("results", "result"),
    ("achieved", "achiev"),
    ("expect", "expect"),
    ("faster", "faster"),
    ("generously", "generous"),
    ("generate", "generat"),
    ("general", "general"),
    ("university", "universiti"),
    ("organization", "organiz"),
    ("organize", "organiz"),
    ("caresses", "caress"),
    ("flies", "fli"),
    ("dies", "die"),
    ("mules", "mule"),
    ("denied", "deni"),
    ("died", "die"),
    ("agreed", "agre"),
    ("owned", "own"),
    ("humbled", "humbl"),
    ("sized", "size"),
    ("meeting", "meet"),
    ("stating", "state"),
    ("itemization", "item"),
    ("sensational", "sensat"),
    ("traditional", "tradit"),
    ("reference", "refer"),
    ("colonizer", "colon"),
    ("plotted", "plot"),
    ("happily", "happili"),
    ("relational", "relat"),
    ("conditional", "condit"),
    ("rational", "ration"),
    ("valency", "valenc"),
    ("hopeful", "hope"),
    ("goodness", "good"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("skies", "sky"),
    ("news", "news"),
    ("early", "earli"),
    ("only", "onli"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeeded", "succeed"),
    ("inning", "inning"),
    ("outing", "outing"),
    ("canning", "canning"),
    ("herring", "herring"),
    ("earring", "earring"),
    ("evening", "evening"),
    ("consign", "consign"),
    ("consigned", "consign"),
    ("consigning", "consign"),
    ("consignment", "consign"),
    ("knightly", "knight"),
    ("kneeling", "kneel"),
    ("knitting", "knit"),
    ("knives", "knive"),
    ("national", "nation"),
    ("nationalism", "nation"),
    ("nationality", "nation"),
]

@Test(arguments: englishPairs)
func englishStemmerMatchesSnowball(word: String, stem: String) {
    #expect(EnglishStemmer.stem(word) == stem)
}

@Test func englishInflectionsShareAStem() {
    let stems = Set(["investing", "investment", "invested", "invests"].map(EnglishStemmer.stem))
    #expect(stems == ["invest"])
}

@Test func englishShortAndForeignWordsAreUntouched() {
    #expect(EnglishStemmer.stem("is") == "is")
    #expect(EnglishStemmer.stem("g20") == "g20")
    #expect(EnglishStemmer.stem("naïve") == "naïve")
}

@Test func englishPossessivesLoseTheirApostrophe() {
    #expect(EnglishStemmer.stem("investor's") == "investor")
    #expect(EnglishStemmer.stem("investors'") == "investor")
}
