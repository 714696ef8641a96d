/// Counts the labels (topic ids, country codes) of a section's heading and quotes as they are
/// found, and ranks them: most quotes first, ties in order of first mention, the heading's own
/// labels before all others.
///
/// A section has a handful of labels, so they are kept in two short arrays searched in order;
/// the ranking picks the top few by repeated selection instead of sorting copies. The result is
/// that of a stable sort by descending count.
struct LabelTally {
    private var order: [String] = []
    private var counts: [Int] = []

    /// The weight of a heading's label: more than any number of quotes.
    private static let headingWeight = 1000

    /// An empty tally.
    init() {}

    /// Counts the labels of the heading, each once, ahead of every quote's.
    mutating func addHeading(_ labels: [String]) {
        for label in labels where !order.contains(label) {
            order.append(label)
            counts.append(Self.headingWeight)
        }
    }

    /// Counts the labels of one quote.
    mutating func add(_ labels: [String]) {
        for label in labels {
            if let index = order.firstIndex(of: label) {
                counts[index] += 1
            } else {
                order.append(label)
                counts.append(1)
            }
        }
    }

    /// At most `limit` labels, highest count first, ties in order of first mention.
    func ranked(limit: Int) -> [String] {
        if order.isEmpty || limit <= 0 { return [] }
        if order.count == 1 { return order }
        var remaining = counts
        var result: [String] = []
        result.reserveCapacity(min(limit, order.count))
        while result.count < limit {
            var best = -1
            for k in remaining.indices where remaining[k] != Int.min {
                if best < 0 || remaining[k] > remaining[best] { best = k }
            }
            guard best >= 0 else { break }
            result.append(order[best])
            remaining[best] = Int.min
        }
        return result
    }
}
