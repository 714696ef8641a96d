/// Bytes of fixed-width numbers and arrays of plain values, little-endian, for `QuoteColumnsFile`.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    /// A writer with room for about `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `value`.
    mutating func put<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends the count of `values`, then their memory as it is (plain values only).
    mutating func put<T: BitwiseCopyable>(array values: [T]) {
        put(Int64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 length of `text`, then its bytes.
    mutating func put(_ text: String) {
        put(Int64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }
}
