import Testing
import RostrumText

@Test func stopWordsAreRecognisedInFoldedForm() {
    #expect(TextAnalyzer.isStopWord("the"))
    #expect(TextAnalyzer.isStopWord("и"))
    #expect(TextAnalyzer.isStopWord("ее"))
    #expect(!TextAnalyzer.isStopWord("investment"))
    #expect(!TextAnalyzer.isStopWord("инвестиции"))
    #expect(!TextAnalyzer.isStopWord("not"))
    #expect(!TextAnalyzer.isStopWord("не"))
}

@Test func termsKeepStopWordsUnlessAsked() {
    let analyzer = TextAnalyzer()
    let text = "The volume of the traffic и объём перевозок вырос"
    #expect(analyzer.terms(in: text) == ["the", "volum", "of", "the", "traffic", "и", "объ", "перевозк", "вырос"])
    #expect(analyzer.terms(in: text, dropStopWords: true) == ["volum", "traffic", "объ", "перевозк", "вырос"])
}
