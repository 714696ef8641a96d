/// A string as its UTF-8 bytes, a cheap dictionary key.
///
/// Hashing a `String` that is not ASCII normalises it first; names and roles in Russian made
/// that the costliest part of the speaker stage's look-ups. Keys compare byte for byte, which
/// gives the same answers for the NFC text the readers produce.
struct UTF8Key: Hashable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
