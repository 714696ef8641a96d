/// Small English and Russian stop-word lists, in folded form (lower case, ё as е).
///
/// Function words that carry no topic: articles, pronouns, prepositions, conjunctions,
/// auxiliaries and particles. Kept short on purpose: "not", «не» and numbers-as-words stay
/// out, because quotes and figures depend on them.
enum StopWords {
    /// English stop words.
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
        "in", "into", "is", "it", "it's", "its", "itself", "just", "me", "more", "most", "my", "myself", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same",
        "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "yourselves", "also", "s", "t",
    ]

    /// Russian stop words (folded: ё written as е).
    static let russian: Set<String> = [
        "а", "без", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "во", "вот", "все", "всего",
        "всех", "вы", "где", "да", "для", "до", "его", "ее", "ей", "если", "есть", "еще", "же", "за", "и", "из",
        "или", "им", "их", "к", "как", "ко", "когда", "кто", "ли", "между", "меня", "мне", "мы", "на", "над",
        "нам", "нас", "нее", "нет", "ни", "них", "но", "ну", "о", "об", "он", "она", "они", "оно", "от", "по",
        "под", "при", "про", "с", "со", "так", "также", "там", "те", "тем", "то", "того", "тоже", "той", "только",
        "том", "ту", "тут", "у", "уж", "уже", "чем", "что", "чтобы", "эта", "эти", "это", "этого", "этой", "этом",
        "этот", "я", "свой", "своей", "свои", "который", "которые", "которая", "которое", "будет",
    ]

    /// Whether `folded` (a folded word) is an English or Russian stop word.
    static func contains(_ folded: String) -> Bool {
        english.contains(folded) || russian.contains(folded)
    }
}
