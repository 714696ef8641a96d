/// Writes a decoding error's coding path the way a user reads a JSON document:
/// `sections[0].quotes[2].speaker`, `topics[3].triggers.en`.
enum CodingPathText {
    /// The dotted path of `codingPath`, with array indices in brackets.
    static func dotted(_ codingPath: [any CodingKey]) -> String {
        var result = ""
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                if !result.isEmpty { result += "." }
                result += key.stringValue
            }
        }
        return result
    }
}
