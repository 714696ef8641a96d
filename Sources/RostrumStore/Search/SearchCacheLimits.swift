/// How much a store's search result cache may hold: a number of entries and an estimate of bytes.
///
/// The cache keeps the results of recent searches (query, filters, sort and page) until the next
/// write to the store; `disabled` turns it off, for measuring searches themselves.
public struct SearchCacheLimits: Sendable, Hashable {
    /// At most this many cached searches.
    public var entries: Int
    /// At most about this many bytes of cached results (strings counted by their UTF-8 size).
    public var bytes: Int

    /// Limits; zero entries or bytes disable the cache.
    public init(entries: Int, bytes: Int) {
        self.entries = max(0, entries)
        self.bytes = max(0, bytes)
    }

    /// 4,096 searches or 64 MB, whichever is reached first.
    public static let standard = SearchCacheLimits(entries: 4096, bytes: 64 << 20)

    /// No cache: every search is computed.
    public static let disabled = SearchCacheLimits(entries: 0, bytes: 0)

    /// Whether anything can be cached at all.
    public var isEnabled: Bool { entries > 0 && bytes > 0 }
}
