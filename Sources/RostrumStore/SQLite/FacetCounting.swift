import Dispatch

/// The facet tallies of a search's hits, counted on another thread while the reader's thread
/// ranks the hits and reads the page.
///
/// Why: for 100,000+ hits, counting (three increments per hit, then the expansion into values)
/// and ranking plus reading the page each take a few hundred microseconds; side by side on two
/// cores the search answers in the time of the longer one. Small hit sets are counted in place,
/// where handing work to another thread would cost more than it saves.
final class FacetCounting: @unchecked Sendable {
    /// Hits from which counting moves to another thread.
    static let parallelFrom = 20_000
    private let group = DispatchGroup()
    /// Written once, before `group` is left; read only after waiting for it.
    private var result = FacetTallies()

    /// Starts counting `slots` (valid slots of `columns`), on another thread from `parallelFrom` hits.
    init(_ slots: [Int32], _ columns: QuoteColumns, parallelFrom: Int = FacetCounting.parallelFrom) {
        guard slots.count >= parallelFrom else {
            result = Self.count(slots, columns)
            return
        }
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Self.count(slots, columns)
            group.leave()
        }
    }

    /// The tallies, once counted.
    func wait() -> FacetTallies {
        group.wait()
        return result
    }

    private static func count(_ slots: [Int32], _ columns: QuoteColumns) -> FacetTallies {
        var counter = FacetCounter(columns)
        counter.add(slots, columns)
        return counter.tallies(columns)
    }
}
