/// Turns the bytes of a file into text, or says clearly why it cannot.
///
/// Accepts UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark; refuses
/// binary files, invalid UTF-8 (naming the byte offset) and files beyond a size limit.
public struct SourceDecoder: Sendable {
    /// The largest document accepted, in bytes.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 64 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// The text of `bytes`.
    /// - Throws: `SourceDecodingError` when the bytes are not a text document Rostrum can read.
    public func decode(_ bytes: [UInt8]) throws(SourceDecodingError) -> String {
        if bytes.count > maximumBytes { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        if bytes.isEmpty { throw .empty }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes[3...] }
        if let nul = body.prefix(8192).firstIndex(of: 0) { throw .binary(offset: nul) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .invalidUTF8(offset: Self.firstInvalidOffset(body))
        }
        if Self.controlRatio(text) > 0.05 { throw .binary(offset: 0) }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return text
    }

    private func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(SourceDecodingError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            units.append(unit)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .invalidUTF8(offset: 0) }
        if text.unicodeScalars.prefix(8192).contains("\u{0}") || Self.controlRatio(text) > 0.05 { throw .binary(offset: 0) }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return text
    }

    /// The offset of the first byte that breaks UTF-8.
    static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b = bytes[index]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.endIndex { return index }
            for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return index }
            index += length
        }
        return bytes.endIndex
    }

    /// The share of control characters other than whitespace in the first few kilobytes.
    static func controlRatio(_ text: String) -> Double {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{0C}" { controls += 1 }
        }
        return total == 0 ? 0 : Double(controls) / Double(total)
    }
}

/// Why a file's bytes are not a document Rostrum can read.
public enum SourceDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case invalidUTF8(offset: Int)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "the document is empty"
        case .binary(let offset):
            return "this is a binary file, not a text document (a NUL or control byte at offset \(offset))"
        case .invalidUTF8(let offset):
            return "the text is not valid UTF-8 (first bad byte at offset \(offset)); convert it first, e.g. `iconv -f WINDOWS-1251 -t UTF-8`"
        case .tooLarge(let bytes, let limit):
            return "the document is \(bytes / 1_048_576) MB, over the \(limit / 1_048_576) MB limit; split it or raise --max-size"
        }
    }
}
