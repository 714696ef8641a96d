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
        if let key = lock.withLock({ personKeys[name] }) { return key }
        let key = PersonKey(name).value
        lock.withLock {
            if personKeys.count >= Self.capacity { personKeys.removeAll(keepingCapacity: true) }
            personKeys[name] = key
        }
        return key
    }

    /// `DocumentWriter.key(name)`, computed once per spelling.
    func nameKey(_ name: String) -> String {
        if let key = lock.withLock({ nameKeys[name] }) { return key }
        let key = DocumentWriter.key(name)
        lock.withLock {
            if nameKeys.count >= Self.capacity { nameKeys.removeAll(keepingCapacity: true) }
            nameKeys[name] = key
        }
        return key
    }

    /// `OrganizationKey(name).value`, computed once per spelling.
    func organizationKey(_ name: String) -> String {
        if let key = lock.withLock({ organizationKeys[name] }) { return key }
        let key = OrganizationKey(name).value
        lock.withLock {
            if organizationKeys.count >= Self.capacity { organizationKeys.removeAll(keepingCapacity: true) }
            organizationKeys[name] = key
        }
        return key
    }
}
