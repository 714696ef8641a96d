import RostrumText

/// The compiled state of a `TopicTagger`, immutable and shared by every copy of the tagger.
///
/// A tagger is a value that the pipeline copies into closures for every quote it tags; holding
/// the lexicon's many arrays behind one class reference makes such a copy a single retain.
final class CompiledTagger: Sendable {
    let taxonomy: TopicTaxonomy
    let gazetteer: Gazetteer
    let analyzer: TextAnalyzer
    /// Channel 0: topic triggers; channel 1: country names and ignored phrases.
    let lexicon: PhraseLexicon
    /// Topic ids by taxonomy index.
    let topicIDs: [String]
    /// Country codes by gazetteer index.
    let countryCodes: [String]

    init(taxonomy: TopicTaxonomy, gazetteer: Gazetteer, analyzer: TextAnalyzer, lexicon: PhraseLexicon,
         topicIDs: [String], countryCodes: [String]) {
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.analyzer = analyzer
        self.lexicon = lexicon
        self.topicIDs = topicIDs
        self.countryCodes = countryCodes
    }
}
