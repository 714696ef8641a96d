/// The names a document has introduced so far (its participants, and each speaker named with a
/// role, with their surname): a later bare name or surname may refer to one of them.
///
/// A document adds a handful of names and asks about them rarely, so they are kept in order in an
/// array: a `Set<String>` hashed every new Cyrillic name through Unicode normalisation on insert.
/// Look-ups compare with `==`, as the set did, so the answers are the set's.
struct KnownNames: Sendable {
    private var names: [String]

    /// The names of `names`, in order.
    init(_ names: some Sequence<String>) {
        self.names = Array(names)
        self.names.reserveCapacity(self.names.count + 32)
    }

    /// True when no name is known.
    var isEmpty: Bool { names.isEmpty }

    /// True when `name` is known (compared as `String`s are, by canonical equivalence).
    func contains(_ name: String) -> Bool {
        names.contains(name)
    }

    /// True when a known name satisfies `predicate`.
    func contains(where predicate: (String) -> Bool) -> Bool {
        names.contains(where: predicate)
    }

    /// Adds `name` (a name known already may stand twice: only membership is ever asked).
    mutating func insert(_ name: String) {
        names.append(name)
    }
}
