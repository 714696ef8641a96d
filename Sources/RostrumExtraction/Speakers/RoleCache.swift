import Foundation
public import RostrumModel

/// Remembers how role texts were split, across the documents one pipeline extracts.
///
/// The same people come back session after session with the same role text, and splitting a role
/// is one of the costlier steps of the speaker stage. The cache is bounded and thread-safe, so a
/// pipeline shared by concurrent tasks stays correct; its answers are exactly `RoleSplitter`'s.
public final class RoleCache: @unchecked Sendable {
    private let lock = NSLock()
    // Keyed by bytes: hashing a Russian role as a String normalises it first, which costs more
    // than the look-up saves.
    private var roles: [UTF8Key: [Role]] = [:]
    private let capacity: Int

    /// A cache of at most `capacity` role texts; it starts over when full.
    public init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// The roles of `text`, computed by `splitter` the first time.
    func roles(of text: String, splitter: RoleSplitter) -> [Role] {
        let key = UTF8Key(text)
        lock.lock()
        if let known = roles[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = splitter.roles(from: text)
        lock.lock()
        if roles.count >= capacity { roles.removeAll(keepingCapacity: true) }
        roles[key] = computed
        lock.unlock()
        return computed
    }
}

