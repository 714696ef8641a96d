/// Block texts cut straight from the document's `String`, for lines the accumulator would copy
/// byte for byte (see `TextAccumulator.isVerbatim`).
///
/// A slice of a `String` becomes a new `String` without the UTF-8 validation that building one
/// from bytes needs, and without folding the bytes one by one first.
struct SourceSlices {
    /// The document as given to the reader.
    let text: String
    /// How many bytes `text` has before the reader's byte 0 (3 when a byte-order mark was removed).
    let offset: Int

    /// The text of the reader's bytes `start..<end`, which must hold whole scalars.
    func string(from start: Int, to end: Int) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start + offset)
        let upper = utf8.index(lower, offsetBy: end - start)
        return String(text[lower..<upper])
    }
}
