import RostrumModel

/// The speakers a session has introduced, in the order of their introduction, keyed by the
/// comparison key of their names (`SpeakerResolver.keyBytes`).
///
/// A session names a handful of speakers: a list searched by 64-bit hashes, each match confirmed
/// on the key's bytes, costs less than a dictionary built, grown and freed for every document.
struct SpeakerRegistry {
    /// The keys, in the order the speakers were registered.
    private(set) var keys: [[UInt8]] = []
    /// The speakers, in the same order.
    private(set) var speakers: [Speaker] = []
    private var hashes: [UInt64] = []

    /// The speaker registered under `key`, if any.
    func speaker(forKey key: [UInt8]) -> Speaker? {
        index(of: key, hash: Self.hash(key)).map { speakers[$0] }
    }

    /// Registers `speaker` under `key` unless the key has a speaker already.
    mutating func register(_ speaker: Speaker, key: [UInt8]) {
        let hash = Self.hash(key)
        guard index(of: key, hash: hash) == nil else { return }
        keys.append(key)
        hashes.append(hash)
        speakers.append(speaker)
    }

    private func index(of key: [UInt8], hash: UInt64) -> Int? {
        for i in hashes.indices where hashes[i] == hash && keys[i] == key { return i }
        return nil
    }

    private static func hash(_ key: [UInt8]) -> UInt64 {
        key.withUnsafeBufferPointer { UTF8Bytes.hash($0) }
    }
}
