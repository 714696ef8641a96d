import RostrumModel

/// What the people of a generated panel say besides substance: the moderator's lines and the
/// speakers' filler (greetings, thanks, procedure, hedges, references to colleagues, repetition),
/// plus the proposal templates that make key passages. English and Russian.
///
/// Filler never carries a digit, and no filler line opens with `Word:` (which a reader would
/// take for a turn label).
enum TranscriptLexicon {
    /// Slots a filler template may use.
    struct Slots {
        var words: TopicWords
        /// The previous speaker's name, when there was one.
        var previous: String?
        var previousFemale = false
        /// The current speaker is a woman (Russian past tense and short adjectives agree).
        var female = false
    }

    // MARK: speakers' filler

    /// Opening sentences of a turn: greetings and thanks.
    static func opening(_ rng: inout SplitMix64, language: Language, female: Bool) -> String {
        if language == .ru {
            return rng.pick([
                "Спасибо большое.", "Добрый день, уважаемые коллеги.", "Спасибо за вопрос.",
                "Добрый день, дамы и господа.", "Прежде всего хочу поблагодарить организаторов за приглашение.",
                "Спасибо, очень рад" + (female ? "а" : "") + " быть здесь сегодня.",
                "Благодарю за возможность выступить.", "Спасибо, это очень правильный вопрос.",
                "Добрый день всем, кто пришёл на нашу сессию.",
            ])
        }
        return rng.pick([
            "Thank you very much.", "Good afternoon, colleagues.", "Thank you for the question.",
            "Good afternoon, ladies and gentlemen.", "First of all, I would like to thank the organisers for the invitation.",
            "Thank you, it is a great pleasure to be here today.", "Thank you for giving me the floor.",
            "Thank you, that is a very good question.", "Good afternoon to everyone who has joined our session.",
        ])
    }

    /// Closing sentences of a turn.
    static func closing(_ rng: inout SplitMix64, language: Language) -> String {
        if language == .ru {
            return rng.pick([
                "Пожалуй, это всё, что я хотел бы сказать на этом этапе.", "Спасибо.", "Спасибо за внимание.",
                "На этом, наверное, остановлюсь.", "Вот, собственно, и всё.", "Спасибо, я закончил свою мысль.",
            ])
        }
        return rng.pick([
            "That is probably all I wanted to say at this stage.", "Thank you.", "Thank you for your attention.",
            "I think I will stop here.", "So that is basically it from me.", "Thank you, that was my point.",
        ])
    }

    /// One filler sentence from the middle of a turn.
    static func filler(_ rng: inout SplitMix64, language: Language, slots: Slots) -> String {
        language == .ru ? russianFiller(&rng, slots) : englishFiller(&rng, slots)
    }

    private static func englishFiller(_ rng: inout SplitMix64, _ s: Slots) -> String {
        let area = s.words.area
        let problem = rng.pick(s.words.problems)
        let goal = rng.pick(s.words.goals)
        if let previous = s.previous, rng.chance(0.12) {
            return rng.pick([
                "As my colleague \(previous) has rightly said, \(area) matters for all of us.",
                "I fully agree with what \(previous) said just now.",
                "I would like to support the previous speaker on this.",
                "\(previous) has already covered much of what I wanted to say, so I will not repeat it.",
                "I share the view of \(previous), although I would put the accents a little differently.",
            ])
        }
        return rng.pick([
            // Procedure.
            "I will try to be brief.", "Let me make two or three remarks.", "I will come back to this a little later.",
            "If I may, I will add a few words to what has been said.", "Let me start with the general picture.",
            "I had a presentation, but I see that the screen is not working, so I will just talk.",
            "I have only a few minutes, so I will go straight to the point.", "Let me say a few words about \(area).",
            "Now, my second point.", "And one more thing, if I may.", "I will not take much of your time.",
            // Hedges.
            "I think this is a very important question.", "Perhaps it is too early to draw any conclusions.",
            "It seems to me that we are moving in the right direction.", "I would say that the situation is not simple.",
            "Of course, everything depends on many factors.", "Maybe I am not entirely right here, but that is my impression.",
            "In a sense, this is a question for all of us.", "It is hard to say how things will develop.",
            "I would not like to make forecasts here.", "Probably we will see the results a bit later.",
            // Repetition and generalities.
            "As I have already said, \(area) is our priority.", "I want to stress once again how important \(area) is.",
            "We have been discussing \(area) for many years.", "Everyone in this room understands how much depends on \(area).",
            "There are many questions here, and not all of them have simple answers.", "This is a long conversation.",
            "We see great interest from our partners.", "It is a complex process, and it takes time.",
            "We talk about \(problem) at almost every meeting.", "Everybody knows that we want to \(goal).",
            "This topic comes up every year at the forum.", "We discussed this at length yesterday as well.",
            "I think everyone here would agree with that.", "So the question is what we do next.",
            "Our partners understand this very well.", "That, in my view, is the main thing.",
            "We are open to dialogue, and we always have been.", "There is a lot of work ahead of us.",
            "I think we need to talk about this more often.", "I would like to draw your attention to this.",
        ])
    }

    private static func russianFiller(_ rng: inout SplitMix64, _ s: Slots) -> String {
        let area = s.words.area
        let nominative = s.words.areaNominative
        let problem = rng.pick(s.words.problems)
        let goal = rng.pick(s.words.goals)
        let agree = s.female ? "согласна" : "согласен"
        if let previous = s.previous, rng.chance(0.12) {
            let said = RussianGrammar.past("сказал", female: s.previousFemale)
            return rng.pick([
                "Как справедливо \(said) мой коллега \(previous), тема \(area) важна для всех нас.",
                "Полностью \(agree) с тем, что сейчас \(said) \(previous).",
                "Хочу поддержать предыдущего выступающего.",
                "\(previous) уже \(said) многое из того, что я хотел" + (s.female ? "а" : "") + " сказать, поэтому не буду повторяться.",
                "Я разделяю позицию коллеги, хотя расставил" + (s.female ? "а" : "") + " бы акценты немного иначе.",
            ])
        }
        return rng.pick([
            // Procedure.
            "Постараюсь быть кратк" + (s.female ? "ой" : "им") + ".", "Позвольте сделать два-три замечания.",
            "Я к этому ещё вернусь чуть позже.", "Если позволите, добавлю несколько слов к сказанному.",
            "Начну с общей картины.", "У меня была презентация, но, я вижу, экран не работает, поэтому просто расскажу.",
            "Времени у меня немного, поэтому сразу перейду к делу.", "Скажу несколько слов о теме \(area).",
            "Теперь второй момент.", "И ещё одно, если позволите.", "Не буду отнимать у вас много времени.",
            // Hedges.
            "Мне кажется, это очень важный вопрос.", "Наверное, делать выводы пока рано.",
            "Как мне представляется, мы движемся в правильном направлении.", "Я бы сказал" + (s.female ? "а" : "") + ", что ситуация непростая.",
            "Конечно, всё зависит от многих факторов.", "Может быть, я не совсем прав" + (s.female ? "а" : "") + ", но таково моё впечатление.",
            "В каком-то смысле это вопрос ко всем нам.", "Трудно сказать, как будут развиваться события.",
            "Я бы не хотел" + (s.female ? "а" : "") + " здесь делать прогнозы.", "Вероятно, результаты мы увидим чуть позже.",
            // Repetition and generalities.
            "Как я уже говорил" + (s.female ? "а" : "") + ", \(nominative) для нас приоритет.",
            "Хочу ещё раз подчеркнуть, насколько важна тема \(area).",
            "Мы обсуждаем тему \(area) уже много лет.", "Все в этом зале понимают, как много зависит от \(area).",
            "Вопросов здесь много, и не на все есть простые ответы.", "Это долгий разговор.",
            "Мы видим большой интерес со стороны партнёров.", "Это сложный процесс, и он требует времени.",
            "Мы говорим про \(problem) практически на каждой встрече.", "Все знают, что мы хотим \(goal).",
            "Эта тема поднимается на форуме каждый год.", "Мы подробно обсуждали это и вчера.",
            "Думаю, с этим согласятся все присутствующие.", "Вопрос в том, что мы делаем дальше.",
            "Наши партнёры это очень хорошо понимают.", "Это, на мой взгляд, главное.",
            "Мы открыты к диалогу, и так было всегда.", "Впереди у нас много работы.",
            "Мне кажется, об этом надо говорить чаще.", "Хотел" + (s.female ? "а" : "") + " бы обратить на это ваше внимание.",
        ])
    }

    // MARK: key passages

    /// How many proposal templates there are per language.
    static let proposalTemplateCount = 6

    /// A proposal with concrete content: "We propose to … by 2025." / «Предлагаем …».
    /// `variant` chooses the template (any integer; it wraps), so a transcript can avoid repeating one.
    static func proposal(_ rng: inout SplitMix64, language: Language, words: TopicWords, year: Int, variant: Int) -> String {
        let goal = rng.pick(words.goals)
        let tool = rng.pick(words.tools)
        let target = year + rng.int(in: 2...7)
        func pick(_ templates: [String]) -> String { templates[((variant % templates.count) + templates.count) % templates.count] }
        if language == .ru {
            return pick([
                "Мы предлагаем \(goal) к \(target) году и закрепить это в межправительственном соглашении.",
                "Нам необходимы \(tool), чтобы \(goal), и мы готовы запустить пилотный проект в Приморье.",
                "Предлагаем создать совместную рабочую группу, которая до конца года подготовит план, как \(goal).",
                "Необходимо \(goal) уже к \(target) году, иначе мы потеряем рынок.",
                "Мы должны \(goal), и для этого нужны \(tool) с участием Минэкономразвития.",
                "Я предлагаю включить \(tool) в повестку межправкомиссии, чтобы \(goal).",
            ])
        }
        return pick([
            "We propose to \(goal) by \(target) and to fix this in an intergovernmental agreement.",
            "We need \(tool) to \(goal), and we are ready to launch a pilot project in Primorye.",
            "We propose setting up a joint working group that will prepare a plan by the end of the year to \(goal).",
            "We must \(goal) by \(target), otherwise we will lose the market.",
            "Governments should introduce \(tool) to \(goal), with the Ministry of Economic Development in charge.",
            "I propose putting \(tool) on the agenda of the intergovernmental commission so that we can \(goal).",
        ])
    }

    // MARK: moderator

    /// The moderator's opening turn.
    static func moderatorOpening(language: Language, title: String, areas: [String], speakers: [String]) -> String {
        if language == .ru {
            return "Добрый день, уважаемые коллеги, добро пожаловать на сессию «\(title)». "
                + "Сегодня мы поговорим о нескольких темах: \(areas.joined(separator: ", ")). "
                + "Позвольте представить участников дискуссии. С нами \(speakers.joined(separator: ", ")). "
                + "Регламент у нас жёсткий, прошу каждого уложиться в семь минут."
        }
        return "Good afternoon, dear colleagues, and welcome to the session \u{201C}\(title)\u{201D}. "
            + "Today we will talk about \(areas.joined(separator: ", ")). "
            + "Let me introduce our panel. With us today are \(speakers.joined(separator: ", ")). "
            + "Our time is limited, so I ask each speaker to keep to seven minutes."
    }

    /// The moderator gives the word to a speaker on a topic; `first` opens a new topic.
    static func moderatorHandover(_ rng: inout SplitMix64, language: Language, to name: String, area: String, newTopic: Bool, first: Bool) -> String {
        if language == .ru {
            let lead = first ? "" : (newTopic ? "Спасибо. Переходим к следующей теме — \(area). " : rng.pick(["Спасибо. ", "Благодарю. ", "Спасибо большое. "]))
            return lead + rng.pick([
                "\(name), вам слово. Как вы оцениваете перспективы \(area)?",
                "\(name), что бы вы добавили?",
                "\(name), прошу вас. Что сейчас происходит в сфере \(area)?",
                "\(name), как вы видите ситуацию?",
            ])
        }
        let lead = first ? "" : (newTopic ? "Thank you. Now let's turn to \(area). " : rng.pick(["Thank you. ", "Thank you very much. ", "Thanks. "]))
        return lead + rng.pick([
            "\(name), the floor is yours. How do you see the prospects for \(area)?",
            "\(name), what would you add?",
            "\(name), please. What is happening in \(area) right now?",
            "\(name), how do you see the situation?",
        ])
    }

    /// The moderator's closing turn.
    static func moderatorClosing(language: Language) -> String {
        language == .ru
            ? "Спасибо всем участникам. К сожалению, наше время истекло. Благодарю за интересную дискуссию."
            : "Thank you all. Unfortunately, our time is up. Thank you for a very interesting discussion."
    }
}
