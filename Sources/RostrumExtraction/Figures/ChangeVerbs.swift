/// The words of growth and decline, in all the forms a figure sentence uses them: English verbs
/// in every tense ("rose", "will fall", "has grown"), and Russian verbs of both aspects in past,
/// present and future, singular and plural, with and without «-ся» («вырос», «вырастут»,
/// «сократятся», «снизится», «упадёт», «потеряли»), plus the nouns («рост», «снижение»).
///
/// The Russian forms are built from stems so that a new verb is one line and no form is
/// forgotten; the lexicon folds ё to е, so «упадет» covers «упадёт».
enum ChangeVerbs {
    /// Words that make the figure after them (or after their «на» / "by") growth.
    static let up: [String] = english(up: true) + russianUp
    /// Words that make the figure after them a decline (a negative value).
    static let down: [String] = english(up: false) + russianDown

    private static func english(up: Bool) -> [String] {
        up ? [
            "grow", "grows", "grew", "grown", "growing", "growth", "rise", "rises", "rose", "risen", "rising",
            "increase", "increases", "increased", "increasing", "up", "gain", "gained", "gains", "gaining",
            "jump", "jumps", "jumped", "climb", "climbs", "climbed", "soar", "soars", "soared", "surge",
            "surged", "surges", "expand", "expands", "expanded", "boost", "boosted", "added", "add", "adds",
            "widened", "accelerated", "higher",
        ] : [
            "fall", "falls", "fell", "fallen", "falling", "decrease", "decreased", "decreases", "decreasing",
            "decline", "declined", "declines", "declining", "drop", "dropped", "drops", "dropping", "down",
            "shrink", "shrinks", "shrank", "shrunk", "shrinking", "contracted", "cut", "reduce", "reduced",
            "reduces", "lost", "lose", "loses", "losing", "slump",
            "slumped", "plunge", "plunged", "slip", "slipped", "slide", "slid", "tumbled", "dipped",
            "plummeted", "sank", "sunk", "lower", "lowered", "lowering",
        ]
    }

    // MARK: - Russian

    /// Perfective verbs in -ить/-ать with a regular past: the past stem (without «л») and the
    /// third-person future, singular and plural (without «-ся»).
    private struct Perfective {
        let stem: String
        let future: (String, String)
    }

    /// Past (л, ла, ло, ли), infinitive (ть) and future forms, each with and without «-ся».
    private static func forms(_ v: Perfective) -> [String] {
        var out: [String] = []
        for ending in ["л", "ла", "ло", "ли", "ть"] { out.append(v.stem + ending) }
        out += ["лся", "лась", "лось", "лись", "ться"].map { v.stem + $0 }
        out += [v.future.0, v.future.1, v.future.0 + "ся", v.future.1 + "ся"]
        return out
    }

    /// Imperfective verbs in -ать/-ять/-еть from their present stem («увеличива», «сокраща»):
    /// present (ет, ют), past and infinitive, each with and without «-ся».
    private static func imperfective(_ stem: String) -> [String] {
        ["ет", "ют", "ется", "ются", "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ть", "ться"]
            .map { stem + $0 }
    }

    /// Verbs with irregular stems, listed form by form (past, future, infinitive).
    private static func irregular(_ past: String, _ pastOthers: String, future: (String, String), _ extra: [String] = []) -> [String] {
        [past] + ["а", "о", "и"].map { pastOthers + $0 } + [future.0, future.1] + extra
    }

    private static let russianUp: [String] = {
        var out: [String] = []
        let perfective = [
            Perfective(stem: "увеличи", future: ("увеличит", "увеличат")),
            Perfective(stem: "повыси", future: ("повысит", "повысят")),
            Perfective(stem: "прибави", future: ("прибавит", "прибавят")),
            Perfective(stem: "нарасти", future: ("нарастит", "нарастят")),
            Perfective(stem: "подня", future: ("поднимет", "поднимут")),
        ]
        for v in perfective { out += forms(v) }
        for stem in ["увеличива", "повыша", "прибавля", "наращива", "возраста", "подорожа", "дорожа",
                     "поднима"] {
            out += imperfective(stem)
        }
        out += irregular("вырос", "выросл", future: ("вырастет", "вырастут"), ["вырасти"])
        out += irregular("рос", "росл", future: ("растет", "растут"), ["расти"])
        out += irregular("возрос", "возросл", future: ("возрастет", "возрастут"), ["возрасти"])
        out += irregular("прирос", "приросл", future: ("прирастет", "прирастут"), ["прирасти", "прирастает", "прирастают"])
        out += irregular("подскочил", "подскочил", future: ("подскочит", "подскочат"), ["подскочить"])
        out += ["рост", "роста", "ростом", "росте", "прирост", "прироста", "приростом", "увеличение",
                "увеличения", "увеличением", "повышение", "повышения", "наращивание"]
        return out
    }()

    private static let russianDown: [String] = {
        var out: [String] = []
        let perfective = [
            Perfective(stem: "сократи", future: ("сократит", "сократят")),
            Perfective(stem: "снизи", future: ("снизит", "снизят")),
            Perfective(stem: "уменьши", future: ("уменьшит", "уменьшат")),
            Perfective(stem: "понизи", future: ("понизит", "понизят")),
            Perfective(stem: "потеря", future: ("потеряет", "потеряют")),
            Perfective(stem: "опусти", future: ("опустит", "опустят")),
            Perfective(stem: "обвали", future: ("обвалит", "обвалят")),
            Perfective(stem: "подешеве", future: ("подешевеет", "подешевеют")),
        ]
        for v in perfective { out += forms(v) }
        for stem in ["сокраща", "снижа", "уменьша", "понижа", "теря", "пада", "дешеве", "опуска", "сжима"] {
            out += imperfective(stem)
        }
        out += irregular("упал", "упал", future: ("упадет", "упадут"), ["упасть"])
        out += irregular("просел", "просел", future: ("просядет", "просядут"), ["просесть"])
        out += ["сжался", "сжалась", "сжалось", "сжались", "сожмется", "сожмутся", "сжаться"]
        out += ["снижение", "снижения", "снижением", "сокращение", "сокращения", "сокращением", "падение",
                "падения", "падением", "уменьшение", "уменьшения", "понижение", "понижения", "спад", "спада"]
        return out
    }()
}
