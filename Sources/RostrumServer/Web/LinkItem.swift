/// A link as templates show it: a label, where it goes and, for facets and lists, a count.
struct LinkItem: Sendable {
    var label: String
    var href: String
    var count: Int?
    /// The page the visitor is on (nav) or a filter already applied (facets).
    var active: Bool = false
}
