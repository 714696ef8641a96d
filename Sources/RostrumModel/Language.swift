/// The language of a document or a piece of text.
///
/// Rostrum reads English and Russian summaries and indexes Chinese text; `unknown` is kept
/// for text in which no script dominates (numbers only, empty input).
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case en
    case ru
    case zh
    case unknown
}
