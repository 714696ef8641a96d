import CZlib
import Foundation

/// Text stored deflated (zlib): a session's raw text and its document JSON.
///
/// Those two columns were three quarters of what ingest wrote, and their bytes, not the work
/// of the indexes, were what kept the single writer waiting. Deflating them happens before the
/// writer is taken, on all cores, and costs a reader a fraction of a millisecond per session.
/// Layout: one format byte (1), the text's UTF-8 length as four little-endian bytes, the zlib stream.
enum DeflatedText {
    /// Why a stored blob could not be read back.
    struct Unreadable: Error, CustomStringConvertible {
        var reason: String
        var description: String { "a compressed column cannot be read: \(reason)" }
    }

    private static let format: UInt8 = 1

    /// `text` deflated, with the header that `inflate` needs.
    static func deflate(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { source -> Data in
            let bound = Int(compressBound(uLong(source.count)))
            var out = Data(count: 5 + bound)
            var written = uLongf(bound)
            let status = out.withUnsafeMutableBytes { raw -> Int32 in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return Z_MEM_ERROR }
                base[0] = format
                var length = UInt32(truncatingIfNeeded: source.count).littleEndian
                withUnsafeBytes(of: &length) { header in
                    for k in 0..<4 { base[1 + k] = header[k] }
                }
                // An empty text has no base address; zlib accepts a null source of length 0.
                return compress2(base + 5, &written, source.baseAddress, uLong(source.count), Z_BEST_SPEED)
            }
            // compress2 cannot fail with a buffer of compressBound bytes; keep the text plain if it ever does.
            guard status == Z_OK else { return Data([0]) + Data(source) }
            out.count = 5 + Int(written)
            return out
        }
    }

    /// The text of a blob written by `deflate`.
    static func inflate(_ blob: Data) throws -> String {
        guard let kind = blob.first else { throw Unreadable(reason: "it is empty") }
        if kind == 0 { return String(decoding: blob.dropFirst(), as: UTF8.self) }
        guard kind == format, blob.count >= 5 else { throw Unreadable(reason: "unknown format \(kind)") }
        let bytes = [UInt8](blob)
        let length = Int(UInt32(bytes[1]) | UInt32(bytes[2]) << 8 | UInt32(bytes[3]) << 16 | UInt32(bytes[4]) << 24)
        guard length > 0 else { return "" }
        var out = [UInt8](repeating: 0, count: length)
        var produced = uLongf(length)
        let status = out.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                uncompress(target.baseAddress, &produced, source.baseAddress.map { $0 + 5 }, uLong(source.count - 5))
            }
        }
        guard status == Z_OK, Int(produced) == length else { throw Unreadable(reason: "zlib status \(status)") }
        return String(decoding: out, as: UTF8.self)
    }
}
