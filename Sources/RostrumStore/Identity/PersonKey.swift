import RostrumText

/// The identity key of a person's name: equal keys are the same person.
///
/// Conservative by design: every given name and surname must agree. What it forgives is
/// spelling, not missing words:
/// - case and diacritics (through the shared `Folding`);
/// - script: «Алексей Чекунков» is transliterated and meets "Alexey Chekunkov" and "Aleksei Chekunkov";
///   a Chinese name in Palladius Cyrillic («Чжан Вэймин») is read as pinyin and meets "Zhang Weiming";
/// - transliteration variants: x/ks, -iy/-y/-ii/-i endings, ya/ia, yu/iu, kh/h, Alexander/Aleksandr, ye-/e-;
/// - order: "Zhenwei He" and "He Zhenwei" (Chinese family-name-first order), «Чекунков Алексей»;
/// - a Russian patronymic («Алексей Олегович Чекунков») in a three-word name.
/// A surname alone ("Chekunkov") keys to itself and never meets a full name.
public struct PersonKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The key text: canonical name words, sorted, separated by single spaces.
    public let value: String

    /// The key of `name`; empty when the name has no letters.
    public init(_ name: String) {
        value = Self.words(of: name).sorted().joined(separator: " ")
    }

    public var description: String { value }

    public static func < (lhs: PersonKey, rhs: PersonKey) -> Bool { lhs.value < rhs.value }

    /// The canonical words of `name` in their order, patronymics dropped.
    public static func words(of name: String) -> [String] {
        var words = rawWords(of: Folding.fold(name))
        // «Чжан Вэймин»: a Chinese name in Palladius Cyrillic is read as pinyin.
        if words.allSatisfy(isCyrillic), let pinyin = Palladius.pinyinName(words) {
            words = pinyin
        } else {
            words = words.map(Transliteration.latin)
        }
        var canonical = words.map(canonicalWord)
        // "Given Patronymic Surname" or "Surname Given Patronymic": drop one patronymic only.
        if canonical.count == 3 {
            if isPatronymic(canonical[1]) {
                canonical.remove(at: 1)
            } else if isPatronymic(canonical[2]) {
                canonical.remove(at: 2)
            }
        }
        return canonical
    }

    private static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.value >= 0x400 && $0.value <= 0x4FF }
    }

    /// The letter-and-digit runs of a folded name; hyphens and apostrophes join ("Jae-in" = "Jaein").
    private static func rawWords(of folded: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if scalar == "-" || scalar == "'" {
                continue  // "Jae-in" = "Jaein", "O'Neill" = "ONeill"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A Latin name word with its transliteration variants folded.
    static func canonicalWord(_ word: String) -> String {
        var w = word
        if let exact = givenNameVariants[w] { return exact }
        if w.hasPrefix("ye") { w = "e" + w.dropFirst(2) }
        w = w.replacingAll("x", with: "ks")
        w = w.replacingAll("kh", with: "h")
        w = w.replacingAll("y", with: "i")
        while w.contains("ii") { w = w.replacingAll("ii", with: "i") }
        if w.hasSuffix("ander") { w = String(w.dropLast(2)) + "r" }  // Alexander → aleksandr
        if w.hasSuffix("ej") { w = String(w.dropLast()) + "i" }  // Aleksej
        return w
    }

    /// Given names whose English forms are not transliterations of the Russian ones.
    private static let givenNameVariants: [String: String] = [
        "peter": "petr", "pyotr": "petr", "piotr": "petr", "petr": "petr",
        "fedor": "fedor", "fyodor": "fedor", "feodor": "fedor",
        "semyon": "semen", "semen": "semen",
    ]

    private static func isPatronymic(_ word: String) -> Bool {
        for ending in ["ovich", "evich", "ovna", "evna", "ichna", "inichna", "ilich", "ich"] where word.hasSuffix(ending) {
            return word.count > ending.count + 2
        }
        return false
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        let chars = Array(self)
        let t = Array(target)
        var out = ""
        var i = 0
        while i < chars.count {
            if i + t.count <= chars.count, Array(chars[i..<(i + t.count)]) == t {
                out += replacement
                i += t.count
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }
}
