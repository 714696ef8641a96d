import RostrumExtraction
import RostrumModel
import Testing

@Suite("Bad input")
struct BadInputTests {
    static let readers: [any DocumentReader] = [PlainTextReader(), MarkdownReader(), HTMLReader(), TranscriptReader()]

    @Test("empty and whitespace-only documents are refused by every reader", arguments: ["", "   ", "\n\n\t \r\n", "\u{FEFF}", "\u{A0}\u{2003}\n"])
    func empty(text: String) {
        for reader in Self.readers {
            #expect(throws: ReadError.empty, "\(reader.format)") { try reader.read(text) }
        }
        #expect(throws: ReadError.empty) { try JSONDocumentReader().read(text) }
        #expect(throws: ReadError.empty) { try DocumentReading.read(text, format: nil, fileExtension: nil) }
        #expect(ReadError.empty.message.contains("empty"))
    }

    @Test("binary bytes decoded as text are refused with the reason")
    func binary() {
        // The start of a PNG file and of a ZIP archive, decoded as UTF-8 the way a careless caller would.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let text = String(decoding: png, as: UTF8.self)
        for reader in Self.readers {
            #expect(throws: ReadError.binary(reason: "it contains NUL characters, the first at character 9"), "\(reader.format)") {
                try reader.read(text)
            }
        }
        var noNul: [UInt8] = []
        for k in 0..<600 { noNul.append(UInt8((k * 37 + 11) % 256) | (k % 3 == 0 ? 0x80 : 0x01)) }
        let garbage = String(decoding: noNul, as: UTF8.self)
        #expect {
            try DocumentReading.read(garbage, format: nil, fileExtension: nil)
        } throws: { error in
            guard case .binary(let reason) = error as? ReadError else { return false }
            return reason.contains("control characters") && "\(error)".contains("binary data")
        }
    }

    @Test("a few control characters in real text are not binary")
    func strayControlCharacters() throws {
        let text = "Trade turnover reached $80 billion.\u{1}\nTourism grew by 20%.\u{7}"
        let document = try PlainTextReader().read(text)
        #expect(document.blocks.map(\.text) == ["Trade turnover reached $80 billion.", "Tourism grew by 20%."])
    }

    @Test("a document with only metadata has no text")
    func onlyMetadata() {
        #expect(throws: ReadError.noText(format: .text)) {
            try PlainTextReader().read("Event: Eastern Economic Forum\nDate: 2018-09-12\n")
        }
        #expect(throws: ReadError.noText(format: .markdown)) {
            try MarkdownReader().read("---\ntitle: Trade\n---\n<!-- nothing yet -->\n")
        }
    }

    @Test("invalid JSON through the façade keeps the decoder's reason")
    func invalidJSON() {
        let text = #"{ "sections": [ { "heading": "Trade", "kind": "dispute" } ] }"#
        #expect {
            try DocumentReading.read(text, format: nil, fileExtension: "json")
        } throws: { error in
            guard case .invalidJSON(let path, let reason) = error as? ReadError else { return false }
            return path == "sections[0].kind" && reason.contains("dispute")
        }
    }
}
