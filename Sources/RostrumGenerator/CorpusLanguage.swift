/// Which languages a generated corpus is written in.
public enum CorpusLanguage: String, Sendable, CaseIterable, Hashable {
    /// English sessions only.
    case en
    /// Russian sessions only.
    case ru
    /// English and Russian sessions, about half each.
    case mixed
}
