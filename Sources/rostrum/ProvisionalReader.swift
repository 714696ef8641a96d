import RostrumExtraction

/// Temporary: replaced by the readers' DocumentReading.
enum ProvisionalReader {
    static func read(_ text: String) -> SourceDocument {
        var blocks: [Block] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if !t.isEmpty { blocks.append(Block(kind: .paragraph, text: t, line: i + 1)) }
        }
        return SourceDocument(format: .text, blocks: blocks)
    }
}
