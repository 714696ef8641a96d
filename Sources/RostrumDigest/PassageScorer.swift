/// Scores how informative one spoken sentence is, for a digest.
///
/// Figures, proposals ("we propose", "we need", «предлагаем», «необходимо»), claims of change,
/// named entities and countries raise the score; greetings, thanks, procedure ("let me", «позвольте»),
/// hedges ("I think", «мне кажется»), references to what others said, questions and very short
/// sentences lower it. Markers are matched as whole words on a lower-cased, punctuation-free copy
/// of the sentence, so the scorer is one pass plus a few dozen substring checks.
struct PassageScorer: Sendable {
    /// What the scorer saw in a sentence, for the score and for tests.
    struct Signals: Sendable, Hashable {
        var figures = 0
        var digits = false
        var proposal = false
        var claim = false
        var entities = 0
        var countries = 0
        var hasTopic = false
        var contentTerms = 0
        var words = 0
        var greeting = false
        var procedure = false
        var hedge = false
        var reference = false
        var question = false
    }

    /// The score of a sentence with these signals; a sentence below `PassageScorer.threshold` is never quoted.
    func score(_ s: Signals) -> Double {
        var score = 0.0
        if s.figures > 0 {
            score += 3 + 1.5 * Double(min(s.figures - 1, 2))
        } else if s.digits {
            score += 1.5
        }
        if s.proposal { score += 3 }
        if s.claim { score += 0.5 }
        score += 0.6 * Double(min(s.entities, 3))
        score += 0.5 * Double(min(s.countries, 2))
        if s.hasTopic { score += 0.5 }
        score += min(0.1 * Double(max(s.contentTerms - 6, 0)), 1)
        if s.greeting { score -= 4 }
        if s.procedure { score -= 3 }
        if s.hedge { score -= 2 }
        if s.reference { score -= 2.5 }
        if s.question { score -= 2.5 }
        // A short sentence is usually a remark ("That is the main thing."), unless it states a figure.
        if s.words < 6, s.figures == 0 { score -= 1.5 }
        return score
    }

    /// The lowest score a quoted sentence may have.
    static let threshold = 2.0

    /// Fills the marker signals of `sentence` (the caller adds figures, countries, topics, terms).
    func markers(in sentence: Substring, into s: inout Signals) {
        let folded = Self.fold(sentence)
        s.words = Self.wordCount(folded)
        s.digits = sentence.unicodeScalars.contains { ("0"..."9").contains($0) }
        s.question = sentence.unicodeScalars.last == "?" || sentence.hasSuffix("?»") || sentence.hasSuffix("?”")
        s.proposal = Self.any(Self.proposals, in: folded)
        s.claim = Self.any(Self.claims, in: folded)
        s.greeting = Self.any(Self.greetings, in: folded)
        s.procedure = Self.any(Self.procedures, in: folded)
        s.hedge = Self.any(Self.hedges, in: folded)
        s.reference = Self.any(Self.references, in: folded)
        s.entities = Self.entityCount(sentence)
    }

    // MARK: markers (whole words, lower case, padded with spaces)

    private static let proposals = [
        " we propose ", " i propose ", " we suggest ", " i suggest ", " we recommend ", " propose ", " proposal ",
        " we need ", " we must ", " should ", " must ", " it is necessary ", " we call on ", " we have to ",
        " предлагаем ", " предлагаю ", " предложение ", " предлагается ", " нужно ", " необходимо ", " необходимы ",
        " необходима ", " нам нужны ", " следует ", " должны ", " должно ", " рекомендуем ", " призываем ",
    ]
    private static let claims = [
        " grew ", " increased ", " rose ", " fell ", " doubled ", " reached ", " up by ", " down by ", " will grow ",
        " вырос ", " выросла ", " выросло ", " выросли ", " увеличил", " снизил", " сократил", " достиг", " удвоил",
    ]
    private static let greetings = [
        " thank you ", " thanks ", " good afternoon ", " good morning ", " good evening ", " welcome ", " pleasure to ",
        " ladies and gentlemen ", " dear colleagues ", " grateful ", " for the invitation ", " for your attention ",
        " спасибо ", " благодарю ", " поблагодарить ", " добрый день ", " доброе утро ", " добрый вечер ",
        " добро пожаловать ", " рад быть ", " рада быть ", " дамы и господа ", " уважаемые коллеги ", " за внимание ",
        " за приглашение ",
    ]
    private static let procedures = [
        " let me ", " i will try ", " be brief ", " the floor ", " my second point ", " one more thing ",
        " presentation ", " come back to ", " a few words ", " a few remarks ", " two or three remarks ",
        " straight to the point ", " not take much of your time ", " i will stop here ", " that is all ",
        " all i wanted to say ", " next question ", " our time ", " keep to ", " minutes ",
        " позвольте ", " постараюсь быть ", " к этому ещё вернусь ", " к этому еще вернусь ", " несколько слов ",
        " второй момент ", " ещё одно ", " еще одно ", " презентация ", " перейду к делу ", " отнимать ",
        " остановлюсь ", " вот собственно ", " всё что я хотел ", " все что я хотел ", " регламент ", " вам слово ",
        " минут ",
    ]
    private static let hedges = [
        " i think ", " perhaps ", " maybe ", " it seems ", " i would say ", " probably ", " hard to say ",
        " of course ", " in a sense ", " in my view ", " i would not like ", " not entirely ", " i believe ",
        " мне кажется ", " наверное ", " может быть ", " как мне представляется ", " я бы сказал ", " я бы сказала ",
        " вероятно ", " трудно сказать ", " конечно ", " в каком то смысле ", " думаю ", " на мой взгляд ",
        " я бы не хотел ", " я бы не хотела ", " пожалуй ",
    ]
    private static let references = [
        " as my colleague ", " agree with ", " previous speaker ", " already said ", " already covered ",
        " as i have already said ", " once again ", " i share the view ", " everybody knows ", " everyone knows ",
        " as i said ", " we discussed this ", " at almost every meeting ", " for many years ",
        " мой коллега ", " мои коллеги ", " согласен ", " согласна ", " предыдущего выступающего ", " уже говорил ",
        " уже говорила ", " уже сказал ", " ещё раз подчеркнуть ", " еще раз подчеркнуть ", " позицию коллеги ",
        " все знают ", " обсуждали это ", " на каждой встрече ", " уже много лет ",
    ]

    private static func any(_ markers: [String], in folded: String) -> Bool {
        for m in markers where folded.contains(m) { return true }
        return false
    }

    /// Lower case, letters and digits kept, everything else one space, padded with spaces; ё → е.
    static func fold(_ text: Substring) -> String {
        var out = String.UnicodeScalarView()
        out.append(" ")
        var space = true
        for c in text.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                out.append(c == "ё" ? "е" : c)
                space = false
            } else if c == "'" || c == "’" {
                continue
            } else if !space {
                out.append(" ")
                space = true
            }
        }
        if !space { out.append(" ") }
        return String(out)
    }

    private static func wordCount(_ folded: String) -> Int {
        var count = 0
        var inWord = false
        for c in folded.unicodeScalars {
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Capitalised words that do not open the sentence (proper names, organisations, places),
    /// not counting "I" and words right after an opening quote mark.
    private static func entityCount(_ sentence: Substring) -> Int {
        var count = 0
        var atStart = true
        var previous: Unicode.Scalar = " "
        var wordStart = true
        var wordLength = 0
        var capital = false
        func finish() {
            if capital, wordLength > 1 { count += 1 }
        }
        for c in sentence.unicodeScalars {
            if c.properties.isAlphabetic {
                if wordStart {
                    capital = !atStart && c.properties.isUppercase && previous != "«" && previous != "“" && previous != "\""
                    wordLength = 0
                    wordStart = false
                }
                wordLength += 1
            } else {
                if !wordStart {
                    finish()
                    atStart = false
                    capital = false
                }
                wordStart = true
            }
            previous = c
        }
        if !wordStart { finish() }
        return count
    }
}
