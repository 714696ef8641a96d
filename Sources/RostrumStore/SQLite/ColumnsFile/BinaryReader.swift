/// Reads what `BinaryWriter` wrote, checking every length against the bytes left, so that a
/// damaged file is an error and never a crash or an absurd allocation.
struct BinaryReader {
    /// The file is not what the reader expects.
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    /// A reader over `bytes`, which must outlive it.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var atEnd: Bool { offset == bytes.count }

    /// The next `T`.
    mutating func get<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { throw Damaged() }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: value)
    }

    /// The next count as an `Int` in `0...limit`.
    mutating func count(limit: Int) throws -> Int {
        let count = try get(Int64.self)
        guard count >= 0, count <= Int64(limit) else { throw Damaged() }
        return Int(count)
    }

    /// The next array of plain values written by `put(array:)`.
    mutating func array<T: BitwiseCopyable>(of _: T.Type = T.self) throws -> [T] {
        let stride = MemoryLayout<T>.stride
        let count = try count(limit: (bytes.count - offset) / max(stride, 1))
        guard let base = bytes.baseAddress else { return [] }
        let start = offset
        offset += count * stride
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0, let target = buffer.baseAddress {
                UnsafeMutableRawPointer(target).copyMemory(from: base + start, byteCount: count * stride)
            }
            initialized = count
        }
    }

    /// The next string written by `put(_:)`.
    mutating func string() throws -> String {
        let count = try count(limit: bytes.count - offset)
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        offset += count
        return text
    }
}
