/// A segment tree of the largest and smallest value over ranges of a series, so that "the first
/// value in this range at least (or at most) x" costs O(log n) instead of a scan: the target
/// evaluator asks it once or twice per target, and a large indicator has thousands of targets.
struct ValueRangeIndex: Sendable {
    private let size: Int
    private var maxima: [Double]
    private var minima: [Double]

    /// An index over `values`.
    init(_ values: [Double]) {
        var size = 1
        while size < values.count { size *= 2 }
        self.size = size
        maxima = Array(repeating: -.infinity, count: 2 * size)
        minima = Array(repeating: .infinity, count: 2 * size)
        for (i, v) in values.enumerated() {
            maxima[size + i] = v
            minima[size + i] = v
        }
        var node = size - 1
        while node >= 1 {
            maxima[node] = max(maxima[2 * node], maxima[2 * node + 1])
            minima[node] = min(minima[2 * node], minima[2 * node + 1])
            node -= 1
        }
    }

    /// The first index in `range` whose value is at least `threshold` (`atLeast`) or at most it.
    func first(in range: Range<Int>, atLeast: Bool, _ threshold: Double) -> Int? {
        guard !range.isEmpty else { return nil }
        return search(node: 1, low: 0, high: size, range: range, atLeast: atLeast, threshold: threshold)
    }

    private func search(node: Int, low: Int, high: Int, range: Range<Int>, atLeast: Bool, threshold: Double) -> Int? {
        if high <= range.lowerBound || low >= range.upperBound { return nil }
        if atLeast ? maxima[node] < threshold : minima[node] > threshold { return nil }
        if high - low == 1 { return low }
        let middle = (low + high) / 2
        return search(node: 2 * node, low: low, high: middle, range: range, atLeast: atLeast, threshold: threshold)
            ?? search(node: 2 * node + 1, low: middle, high: high, range: range, atLeast: atLeast, threshold: threshold)
    }
}
