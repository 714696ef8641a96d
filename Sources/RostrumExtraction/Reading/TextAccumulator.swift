/// Builds the text of one block from pieces, collapsing whitespace as it goes.
///
/// Any run of whitespace (ASCII, NBSP, the Unicode spaces, line breaks) becomes one space;
/// leading and trailing whitespace disappears; zero-width characters and control characters
/// are dropped. Spaces are written lazily, only before the next visible character, so the
/// result is trimmed without a second pass and joining lines costs nothing extra.
struct TextAccumulator {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    init() { bytes.reserveCapacity(256) }

    /// True when no visible character has been appended since the last `take()`.
    var isEmpty: Bool { bytes.isEmpty }

    /// Requests a separating space before the next visible character.
    @inline(__always)
    mutating func appendSpace() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// Appends one visible ASCII byte.
    @inline(__always)
    mutating func appendVisibleASCII(_ b: UInt8) {
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        bytes.append(b)
    }

    /// Appends one scalar, folding spaces and dropping invisible characters.
    mutating func append(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            if b > 0x20 && b != 0x7F {
                appendVisibleASCII(b)
            } else if UTF8Text.isASCIISpace(b) {
                appendSpace()
            }
            return
        }
        switch v {
        case 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            appendSpace()
        case 0xAD, 0x200B...0x200F, 0x2060, 0xFEFF, 0x80...0x9F:
            return
        default:
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            UTF8Text.append(scalar, to: &bytes)
        }
    }

    /// Appends a string as written (used for quote marks that markup implies).
    mutating func append(_ string: String) {
        for scalar in string.unicodeScalars { append(scalar) }
    }

    /// Appends `source[range]`, folding whitespace. `range` must start and end on scalar boundaries.
    mutating func append(_ source: [UInt8], from start: Int, to end: Int) {
        source.withUnsafeBufferPointer { append($0, from: start, to: end) }
    }

    /// Appends `source[range]`, folding whitespace. `range` must start and end on scalar boundaries.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var i = start
        while i < end {
            // Fast path: copy a run of bytes that need no folding in one go.
            // A single ASCII space between two such bytes is copied as it is, since folding
            // would write exactly that space.
            var j = i
            Self.byteClasses.withUnsafeBufferPointer { classes in
                while j < end {
                    let c = classes[Int(source[j])]
                    if c == Self.plainByte {
                        j += 1
                    } else if c == Self.spaceByte, j > i, j + 1 < end, classes[Int(source[j + 1])] == Self.plainByte {
                        j += 2
                    } else {
                        break
                    }
                }
            }
            if j > i {
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[i..<j]))
                i = j
                if i == end { break }
            }
            let b = source[i]
            if b < 0x80 {
                if b > 0x20 && b != 0x7F {
                    if pendingSpace {
                        bytes.append(0x20)
                        pendingSpace = false
                    }
                    bytes.append(b)
                } else if UTF8Text.isASCIISpace(b) {
                    if !bytes.isEmpty { pendingSpace = true }
                }
                i += 1
                continue
            }
            i += appendMultiByte(source, at: i, end: end)
        }
    }

    /// True when appending `source[start..<end]` to an empty accumulator and taking the text
    /// would give those very bytes: `start` is visible, `end` follows a visible byte, and in
    /// between are no control characters, no Unicode spaces or invisible characters, and no
    /// whitespace but single ASCII spaces.
    static func isVerbatim(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return byteClasses.withUnsafeBufferPointer { classes -> Bool in
            // Both ends visible: a space is then never first nor last.
            guard classes[Int(source[start])] & 1 == 0, classes[Int(source[end - 1])] & 1 == 0 else { return false }
            var i = start
            while i < end {
                // Eight bytes at a time while they hold no control, DEL or C2/E2/E3/EF lead byte:
                // then only two spaces in a row can spoil them.
                if i + 8 <= end, let base = source.baseAddress {
                    let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !mayNeedFolding(word) {
                        let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020)
                        if spaces & (spaces >> 8) != 0 { return false }
                        if spaces & 0x80 != 0, i > start, source[i - 1] == 0x20 { return false }
                        i += 8
                        continue
                    }
                }
                switch classes[Int(source[i])] {
                case plainByte:
                    i += 1
                case spaceByte:
                    // A single space between two visible characters; never first nor last.
                    guard i > start, i + 1 < end, source[i - 1] != 0x20, classes[Int(source[i + 1])] & 1 == 0 else { return false }
                    i += 1
                case leadByte:
                    // C2, E2, E3, EF: copied as they are unless they start a space, an invisible
                    // character or a C1 control character.
                    if UTF8Text.spaceLength(source, at: i) > 0 || UTF8Text.ignorableLength(source, at: i) > 0 { return false }
                    if source[i] == 0xC2, i + 1 < end, source[i + 1] < 0xA0 { return false }
                    i += 1
                default:
                    return false  // controls, tab, DEL
                }
            }
            // The last byte must be visible (ASCII other than space, or part of a copied scalar).
            return classes[Int(source[end - 1])] & 1 == 0
        }
    }

    /// Whether one of the eight bytes of `word` may be a control, DEL, or a C2, E2, E3 or EF
    /// lead byte (false alarms only cost the byte-wise path).
    @inline(__always)
    private static func mayNeedFolding(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        let below20 = (word &- 0x2020_2020_2020_2020) & ~word & high != 0
        return below20 || hasZero(word ^ 0x7F7F_7F7F_7F7F_7F7F) || hasZero(word ^ 0xC2C2_C2C2_C2C2_C2C2)
            || hasZero((word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xE2E2_E2E2_E2E2_E2E2) || hasZero(word ^ 0xEFEF_EFEF_EFEF_EFEF)
    }

    /// 0x80 in each byte of `x` that is zero, 0 in the others (exactly, without borrows).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x | low)
    }

    /// `byteClasses` values: a byte copied as it is (visible ASCII, or any byte of a multi-byte
    /// scalar whose lead cannot start a space, an invisible or a control character), an ASCII space, the lead byte of
    /// a scalar that may be a space or invisible (C2, E2, E3, EF), and controls, tab and DEL.
    private static let plainByte: UInt8 = 0, spaceByte: UInt8 = 1, leadByte: UInt8 = 2, controlByte: UInt8 = 3

    /// The class of every byte value; spaces and controls are the odd classes.
    private static let byteClasses: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        if b == 0x20 { return spaceByte }
        if b < 0x20 || b == 0x7F { return controlByte }
        if b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF { return leadByte }
        return plainByte
    }

    /// Appends the multi-byte scalar at `i` and returns its length.
    @inline(__always)
    mutating func appendMultiByte(_ source: [UInt8], at i: Int, end: Int) -> Int {
        source.withUnsafeBufferPointer { appendMultiByte($0, at: i, end: end) }
    }

    /// Appends the multi-byte scalar at `i` and returns its length.
    @inline(__always)
    mutating func appendMultiByte(_ source: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = source[i]
        if b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF {
            let space = UTF8Text.spaceLength(source, at: i)
            if space > 0 {
                if !bytes.isEmpty { pendingSpace = true }
                return space
            }
            let ignorable = UTF8Text.ignorableLength(source, at: i)
            if ignorable > 0 { return ignorable }
            if b == 0xC2, i + 1 < end, source[i + 1] < 0xA0 { return 2 }  // C1 control characters
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
        let stop = min(i + length, end)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[i..<stop]))
        return length
    }

    /// The last scalar written, if any.
    var lastScalar: Unicode.Scalar? { UTF8Text.scalar(before: bytes.count, in: bytes) }

    /// The last byte written, if any.
    var lastByte: UInt8? { bytes.last }

    /// Removes the last byte written (an ASCII character the caller appended itself).
    mutating func removeLastByte() {
        if !bytes.isEmpty { bytes.removeLast() }
        pendingSpace = false
    }

    /// Drops a pending space, so that the next character joins the text directly.
    mutating func cancelSpace() { pendingSpace = false }

    /// The text so far; the accumulator is empty afterwards.
    mutating func take() -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return text
    }
}
