/// Applies a function to every element on at most `width` concurrent tasks, results in input order.
///
/// Why: ingest extracts the next batch while the store writes the current one; with every core
/// extracting, the single writer has to share a core and becomes slower than the extraction it
/// waits for. Bounding the extraction leaves the writer a core of its own (`IngestPipeline.extractionWidth`).
public enum OrderedParallelMap {
    /// `body(item)` for each of `items`, at most `width` at a time, in the order of `items`.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], width: Int, _ body: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        guard !items.isEmpty else { return [] }
        let width = max(1, min(width, items.count))
        return await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            while next < width {
                let index = next, item = items[index]
                group.addTask { (index, body(item)) }
                next += 1
            }
            var results = [Result?](repeating: nil, count: items.count)
            while let (index, result) = await group.next() {
                results[index] = result
                if next < items.count {
                    let index = next, item = items[index]
                    group.addTask { (index, body(item)) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
