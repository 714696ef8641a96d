/// The English name of a language code, for pages ("ru" → "Russian").
enum LanguageName {
    /// The name of `code`, or the code itself when it is not one Rostrum reads.
    static func of(_ code: String) -> String {
        switch code {
        case "en": "English"
        case "ru": "Russian"
        case "zh": "Chinese"
        case "unknown": "unknown language"
        default: code
        }
    }
}
