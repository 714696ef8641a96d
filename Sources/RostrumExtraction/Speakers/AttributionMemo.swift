import RostrumModel

/// The speakers already made from an attribution's exact name and role within one document.
///
/// The same "Name, Position, Organisation" comes back with every quote of a speaker; the speaker
/// is made once. Entries are matched by a hash of the bytes and confirmed byte for byte, without
/// copying the name and role into a key.
struct AttributionMemo {
    private var hashes: [UInt64] = []
    private var names: [String] = []
    private var roles: [String?] = []
    private var speakers: [Speaker] = []

    /// The speaker made for `name` and `role` before, if any; `hash` is `UTF8Bytes.hash(name:role:)`.
    func speaker(name: String, role: String?, hash: UInt64) -> Speaker? {
        for i in hashes.indices where hashes[i] == hash && UTF8Bytes.equal(names[i], name) {
            switch (roles[i], role) {
            case (nil, nil): return speakers[i]
            case (let a?, let b?) where UTF8Bytes.equal(a, b): return speakers[i]
            default: continue
            }
        }
        return nil
    }

    /// Remembers `speaker` for `name` and `role`.
    mutating func remember(_ speaker: Speaker, name: String, role: String?, hash: UInt64) {
        hashes.append(hash)
        names.append(name)
        roles.append(role)
        speakers.append(speaker)
    }
}
