import Foundation

/// Comparison keys of people's names and of organisation and event names, by the spelling
/// written, kept for the store's life rather than one write transaction.
///
/// The keys are pure functions of the spelling (`PersonKey`, `DocumentWriter.key`), and the same
/// few thousand names recur in every batch; working them out again for each batch was a few
/// per cent of the writer's time. Bounded: forgotten wholesale past `capacity` spellings.
final class NameKeyMemo: @unchecked Sendable {
    /// Spellings remembered (of each kind) before the memo starts again.
    static let capacity = 200_000

    private let lock = NSLock()
    private var personKeys: [String: String] = [:]
    private var nameKeys: [String: String] = [:]
    private var organizationKeys: [String: String] = [:]

    init() {}

    /// `PersonKey(name).value`, computed once per spelling.
    func personKey(_ name: String) -> String {
        remembered(name, in: \.personKeys) { PersonKey($0).value }
    }

    /// `DocumentWriter.key(name)`, computed once per spelling.
    func nameKey(_ name: String) -> String {
        remembered(name, in: \.nameKeys, DocumentWriter.key)
    }

    /// `OrganizationKey(name).value`, computed once per spelling.
    func organizationKey(_ name: String) -> String {
        remembered(name, in: \.organizationKeys) { OrganizationKey($0).value }
    }

    /// The key of `name` in `table`, computed by `key` (outside the lock) when not yet there.
    private func remembered(_ name: String, in table: ReferenceWritableKeyPath<NameKeyMemo, [String: String]>,
                            _ key: (String) -> String) -> String {
        if let known = lock.withLock({ self[keyPath: table][name] }) { return known }
        let computed = key(name)
        lock.withLock {
            if self[keyPath: table].count >= Self.capacity { self[keyPath: table].removeAll(keepingCapacity: true) }
            self[keyPath: table][name] = computed
        }
        return computed
    }
}
