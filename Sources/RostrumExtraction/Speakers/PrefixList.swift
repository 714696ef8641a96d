/// A list of word beginnings checked byte by byte: `String.hasPrefix` compares Characters with
/// Unicode normalisation, far too slow for Cyrillic on the hot path.
struct PrefixList: Sendable {
    private let prefixes: [[UInt8]]

    init(_ words: [String]) {
        prefixes = words.map { Array($0.utf8) }
    }

    /// True when `text` (already in lower case) starts with one of the prefixes.
    func matches(_ text: some StringProtocol) -> Bool {
        let utf8 = text.utf8
        for prefix in prefixes where utf8.starts(with: prefix) { return true }
        return false
    }
}

/// The Russian position words, as prefixes of their forms (nominative and genitive).
enum RussianPositions {
    /// Beginnings of position words in any case: «председател…», «заместител…».
    static let starts = PrefixList(ReportedSpeech.genitivePositionStarts + [
        "глава", "министр", "посол", "мэр", "губернатор", "генеральный", "заместитель", "вице-президент", "руководитель",
        "президент", "председатель", "директор", "советник", "партнёр", "партнер", "основатель", "член", "эксперт",
        "профессор", "ректор", "сопредседатель", "замминистра", "вице-премьер", "премьер-министр", "депутат",
        "сенатор", "спикер", "мэр", "вице-губернатор", "вице-мэр", "замглавы", "замгендиректора", "гендиректор",
        "глав", "руководител", "основател", "совладел", "владел", "аналитик", "научн", "старш", "ведущ",
        "специальн", "полпред", "представител", "уполномоченн", "омбудсмен", "академик", "учёный", "ученый",
        "врач", "инженер", "исполнительн", "коммерческ", "финансов", "технический", "операционн", "управляющ",
    ])
    /// Only the genitive beginnings («председателя», «генерального директора»).
    static let genitive = PrefixList(ReportedSpeech.genitivePositionStarts)
}
