/// Common Chinese surnames in pinyin and in the standard Russian (Palladius) spelling, lower case.
///
/// One list for every stage that must know a Chinese name: extraction keeps such a surname first
/// when it reorders a transcript label («ЛИ Хунвэй» → «Ли Хунвэй»), and the store reads a Cyrillic
/// name that starts or ends with one as Palladius («Чжан Вэймин» is Zhang Weiming).
public enum ChineseSurnames {
    /// Whether `word`, in any case, is a common Chinese surname in pinyin or in Cyrillic.
    public static func contains(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased()
        return cyrillic.contains(lower) || pinyin.contains(lower)
    }

    /// The surnames as Palladius writes them («чэнь», «цзян»), plus «чень», a common Russian spelling.
    public static let cyrillic: Set<String> = [
        "ван", "ли", "чжан", "си", "лю", "чэнь", "чень", "ян", "хуан", "чжао", "у", "чжоу", "сюй", "сунь", "ма", "чжу",
        "ху", "го", "хэ", "гао", "линь", "ло", "чжэн", "лян", "се", "сун", "тан", "хань", "фэн", "дэн", "цао", "пэн",
        "цзэн", "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян", "юй", "ду", "е", "чэн", "вэй", "су", "лу",
        "дин", "жэнь", "шэнь", "яо", "цуй", "чжун", "тань", "фань", "цзинь", "ши", "ляо", "цзя", "ся", "фу",
        "фан", "бай", "цзоу", "мэн", "сюн", "цинь", "цю", "инь", "сюэ", "янь", "дуань", "лэй", "хоу", "лун",
        "тао", "гу", "мао", "хао", "гун", "шао", "вань", "цянь", "дай", "мо", "кун", "сян", "ту", "вэнь", "цзи",
        "мяо", "лай", "би", "кан", "нин", "ань", "гэ", "чан", "юнь", "ци", "лэн", "чай", "гуань", "бо",
    ]

    /// The surnames in pinyin ("zhang", "xiao").
    public static let pinyin: Set<String> = [
        "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei",
        "su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "jia", "wen", "tu", "kong", "qi", "bai", "wan",
        "xia", "qian", "mao", "hou", "shi", "zou", "fan", "lei", "duan", "hao", "kang", "qin", "yin", "gu",
    ]
}
