/// A row key of the analytics counts: an id (event, person or organisation) and a text (topic or country).
struct CountPair: Hashable {
    var id: Int64
    var text: String
}
