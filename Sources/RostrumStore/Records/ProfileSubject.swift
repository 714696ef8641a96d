/// Whose figures, people or organisations: the subject of a profile.
public enum ProfileSubject: Sendable, Hashable {
    case person(Int64)
    case organization(Int64)
}
