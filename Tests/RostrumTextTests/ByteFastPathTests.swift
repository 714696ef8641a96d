import Testing
import RostrumModel
@testable import RostrumText

/// The eight-byte letter count must count exactly the bytes the byte-by-byte rule counts.
@Test func asciiLetterCountOfEightBytesMatchesTheByteRule() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    // Every ASCII byte in every position, among random neighbours.
    for position in 0..<8 {
        for byte in 0..<128 {
            var bytes: [UInt8] = (0..<8).map { _ in UInt8(next() & 0x7F) }
            bytes[position] = UInt8(byte)
            var word: UInt64 = 0
            for (k, b) in bytes.enumerated() { word |= UInt64(b) << UInt64(8 * k) }
            let expected = bytes.filter { ($0 | 0x20) &- 0x61 < 26 }.count
            #expect(LanguageTally.asciiLetters(word) == expected, "\(bytes)")
        }
    }
}

/// Where the sample ends inside a long ASCII run, letters past the end must not count: a
/// Cyrillic opening ties with the Latin letters inside the sample and wins the tie.
@Test func tallyEndsInsideAnASCIIRunExactly() {
    for shift in 0..<9 {
        let cyrillic = String(repeating: "Ж", count: 1000)  // 2000 bytes
        let filler = String(repeating: " ", count: shift)
        let inside = LanguageDetector.sampleBytes - 2000 - shift - 1000
        let text = cyrillic + filler + String(repeating: "a", count: 1000) + String(repeating: "1", count: inside)
            + String(repeating: "b", count: 40)
        var tally = LanguageTally()
        tally.add(text)
        #expect(tally.language == .ru, "shift \(shift)")
        #expect(tally.language == LanguageDetector.detect(text))
        // One more letter inside the sample tips it to English.
        let tipped = cyrillic + filler + String(repeating: "a", count: 1001) + String(repeating: "1", count: inside - 1)
        var other = LanguageTally()
        other.add(tipped)
        #expect(other.language == .en, "shift \(shift)")
    }
}

/// The range check for U+0080…U+00BF gives the class the Unicode properties give.
@Test func latin1SupplementIsClassedAsByProperties() {
    for value in UInt32(0x80)...0xBF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let properties = scalar.properties
        let expected: ScalarClass
        switch value {
        case 0xAA, 0xBA: expected = .latin
        case 0xA0: expected = .groupSpace
        case 0xAD: expected = .ignorable
        default:
            switch properties.generalCategory {
            case .decimalNumber: expected = .digit
            case .nonspacingMark, .spacingMark, .enclosingMark: expected = .mark
            case .format: expected = .ignorable
            default: expected = properties.isAlphabetic ? .otherLetter : .other
            }
        }
        #expect(ScalarClass.of(value) == expected, "U+\(String(value, radix: 16))")
    }
}
