/// Distinct values numbered in order of appearance (0, 1, 2…), for facet combinations.
///
/// Why: the facts a facet counts come in few combinations (a speaker with an organisation; an
/// event, year and section kind; a set of topics and countries), so a quote holds three small
/// codes and a hit costs three counter increments; the combinations are expanded once per query.
struct Interner<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var codes: [Value: UInt32] = [:]

    /// The code of `value`, numbering it when new.
    mutating func code(_ value: Value) -> UInt32 {
        if let code = codes[value] { return code }
        let code = UInt32(values.count)
        codes[value] = code
        values.append(value)
        return code
    }

    /// An interner holding `values`, numbered in their order (equal values keep the first code).
    init(values: [Value]) {
        self.values = values
        codes.reserveCapacity(values.count)
        for (index, value) in values.enumerated() where codes[value] == nil { codes[value] = UInt32(index) }
    }

    /// An empty interner.
    init() {}
}
