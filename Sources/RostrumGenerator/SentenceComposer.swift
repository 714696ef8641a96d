import RostrumModel

/// One sentence of a quote with its figures.
struct Sentence: Sendable {
    var acc = TextAccumulator()
    /// The sentence reads as reported speech after "X noted that" (no first person).
    var thirdPerson = true
    /// Starts with a proper noun, so reported speech keeps its capital letter.
    var properStart = false
    /// Contains a spaced dash, which a quote without marks must not contain.
    var hasDash = false
    /// Ends with "!" or "?" and is best placed last.
    var exclaims = false
    var features: Set<GenerationFeature> = []
}

/// Writes quote sentences from templates × topic lexicons, with figures whose surrounding words
/// signal their kind exactly as docs/FORMATS.md §Figures says ("up by", "by 2025", «к 2025 году», "of").
struct SentenceComposer: Sendable {
    let language: Language
    /// The session year (from the metadata), for "last year" / "this year"; nil without a date.
    let sessionYear: Int?
    let words: TopicWords
    var forms: FigureForms { FigureForms(language: language) }
    private var ru: Bool { language == .ru }

    private static let englishCountries = ["China", "Russia", "India", "Japan", "Brazil", "Kazakhstan", "Vietnam"]
    private static let russianCountries = ["Китай", "Индия", "Япония", "Бразилия", "Казахстан", "Вьетнам"]
    private static let russianCountriesAccusative = ["Китай", "Россию", "США", "Индию", "Японию", "Бразилию", "Казахстан"]

    // MARK: years

    private struct YearClause {
        var text: String
        var year: Int?
        var present: Bool
    }

    /// "", " last year", " this year", " in 2017" (and Russian equivalents) with the gold year.
    private func yearClause(_ rng: inout SplitMix64) -> YearClause {
        switch rng.weighted([50, 20, 15, 15]) {
        case 1:
            return YearClause(text: ru ? " в прошлом году" : " last year", year: sessionYear.map { $0 - 1 }, present: true)
        case 2:
            return YearClause(text: ru ? " в этом году" : " this year", year: sessionYear, present: true)
        case 3:
            let y = sessionYear.map { $0 - rng.int(in: 1...4) } ?? rng.int(in: 2014...2019)
            return YearClause(text: ru ? " в \(y) году" : " in \(y)", year: y, present: true)
        default:
            return YearClause(text: "", year: nil, present: false)
        }
    }

    private func futureYear(_ rng: inout SplitMix64) -> Int {
        sessionYear.map { $0 + rng.int(in: 1...12) } ?? rng.int(in: 2020...2035)
    }

    private func moneyMetric(_ rng: inout SplitMix64) -> Metric {
        let money = words.metrics.filter(\.money)
        return money.isEmpty ? rng.pick(words.metrics) : rng.pick(money)
    }

    private func strippedWhole(_ w: String) -> String {
        for p in ["our ", "the ", "these ", "all ", "total "] where w.hasPrefix(p) { return String(w.dropFirst(p.count)) }
        return w
    }

    // MARK: figure sentences

    /// A sentence with one or two figures (never more than `budget`).
    func figureSentence(_ rng: inout SplitMix64, budget: Int) -> Sentence {
        let hasGoods = !words.goods.isEmpty
        let choice = rng.weighted([14, 20, 10, 14, 8, 12, hasGoods ? 12 : 0, 4, 6])
        var s: Sentence
        switch choice {
        case 0: s = levelMoney(&rng)
        case 1: s = change(&rng, budget: budget)
        case 2: s = share(&rng, budget: budget)
        case 3: s = target(&rng, budget: budget)
        case 4: s = duration(&rng)
        case 5: s = count(&rng)
        case 6: s = measure(&rng)
        case 7: s = levelPercent(&rng)
        default: s = times(&rng)
        }
        for f in s.acc.figures {
            if f.kind == .target { s.features.insert(.figureTarget) }
            if f.kind == .share { s.features.insert(.figureShare) }
            if f.kind == .change { s.features.insert(f.value < 0 ? .figureDecline : .figureChange) }
        }
        return s
    }

    private func levelMoney(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        var d = forms.money(&rng, abbreviatedScale: true)
        if rng.chance(0.3) { d = forms.qualify(d, &rng) }
        s.features.formUnion(d.features)
        let yc = yearClause(&rng)
        if rng.chance(0.25) {
            s.thirdPerson = false
            s.acc.append(ru ? "Мы уже вложили в регион " : "We have already invested ")
            s.acc.append(figure: d.figure(kind: .level, year: yc.year, subject: nil))
            s.acc.append(ru ? yc.text + "." : " in the region" + yc.text + ".")
        } else {
            let m = moneyMetric(&rng)
            if ru {
                let verb = RussianGrammar.agree(rng.pick([("составил", "составила", "составило", "составили"),
                                                          ("достиг", "достигла", "достигло", "достигли")]), m.gender)
                s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " ")
            } else {
                s.acc.append(TextCase.upperFirst(m.phrase) + " " + rng.pick(["reached", "amounted to", "totalled"]) + " ")
            }
            s.acc.append(figure: d.figure(kind: .level, year: yc.year, subject: m.subject))
            s.acc.append(yc.text + ".")
        }
        if yc.present { s.features.insert(.figureRelativeYear) }
        return s
    }

    private func change(_ rng: inout SplitMix64, budget: Int) -> Sentence {
        var s = Sentence()
        let m = rng.pick(words.metrics)
        let decline = rng.chance(0.25)
        let form = rng.weighted([65, decline ? 0 : 12, m.money ? 10 : 0, 13])  // percent, range, money, fraction
        var d: FigureDraft
        switch form {
        case 1: d = forms.percentRange(&rng)
        case 2: d = forms.money(&rng)
        case 3: d = forms.fraction(&rng, allowTwoThirds: false)
        default:
            d = forms.percent(&rng, max: 80)
            if !ru, rng.chance(0.15) { d = forms.qualify(d, &rng) }
        }
        s.features.formUnion(d.features)
        if decline {
            d.value = -d.value
            d.valueMax = d.valueMax.map { -$0 }
        }
        if form == 3 {
            // Future growth by a fraction: "will grow by a quarter", «увеличится на четверть».
            if ru {
                let verb = RussianGrammar.agree(decline ? ("сократится", "сократится", "сократится", "сократятся")
                                                        : ("увеличится", "увеличится", "увеличится", "увеличатся"), m.gender)
                s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " на ")
            } else {
                s.acc.append(TextCase.upperFirst(m.phrase) + (decline ? " will fall by " : " will grow by "))
            }
            s.acc.append(figure: d.figure(kind: .change, year: nil, subject: m.subject))
            s.acc.append(".")
            return s
        }
        let yc = yearClause(&rng)
        if yc.present { s.features.insert(.figureRelativeYear) }
        if ru {
            let verb = RussianGrammar.agree(decline
                ? rng.pick([("сократился", "сократилась", "сократилось", "сократились"),
                            ("снизился", "снизилась", "снизилось", "снизились")])
                : rng.pick([("вырос", "выросла", "выросло", "выросли"),
                            ("увеличился", "увеличилась", "увеличилось", "увеличились")]), m.gender)
            s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " на ")
        } else {
            let verb = decline ? rng.pick(["fell by", "declined by", "was down by"])
                               : rng.pick(["was up by", "grew by", "rose by", "increased by"])
            s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " ")
        }
        s.acc.append(figure: d.figure(kind: .change, year: yc.year, subject: m.subject))
        s.acc.append(yc.text)
        if budget >= 2, !decline, form == 0, yc.text == (ru ? " в прошлом году" : " last year"), rng.chance(0.5) {
            let d2 = forms.percent(&rng, max: 60)
            s.acc.append(ru ? ", а в этом году — ещё на " : ", and by another ")
            s.acc.append(figure: d2.figure(kind: .change, year: sessionYear, subject: m.subject))
            if !ru { s.acc.append(" this year") }
            s.hasDash = ru
        }
        s.acc.append(".")
        return s
    }

    private func times(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        let m = rng.pick(words.metrics)
        let yc = yearClause(&rng)
        if yc.present { s.features.insert(.figureRelativeYear) }
        s.features.insert(.figureTimes)
        if ru {
            let a = forms.amount(&rng, range: 2...5, decimalChance: 0.4)
            let num = forms.write(a)
            let word = a.isWhole ? RussianGrammar.plural(a.integer, "раз", "раза", "раз") : "раза"
            let verb = RussianGrammar.agree(("вырос", "выросла", "выросло", "выросли"), m.gender)
            s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " в ")
            let d = FigureDraft(surface: num + " " + word, value: NumberFormatting.value(mantissa: a.mantissa, decimals: a.decimals, scale: 1), unit: "times")
            s.acc.append(figure: d.figure(kind: .change, year: yc.year, subject: m.subject))
        } else {
            s.acc.append(TextCase.upperFirst(m.phrase) + " ")
            switch rng.weighted([40, 30, 30]) {
            case 0:
                s.acc.append("has ")
                s.acc.append(figure: FigureDraft(surface: "doubled", value: 100, unit: "percent").figure(kind: .change, year: yc.year, subject: m.subject))
            case 1:
                let w = rng.pick([("threefold", 3.0), ("fourfold", 4.0), ("fivefold", 5.0)])
                s.acc.append("grew ")
                s.acc.append(figure: FigureDraft(surface: w.0, value: w.1, unit: "times").figure(kind: .change, year: yc.year, subject: m.subject))
            default:
                let a = forms.amount(&rng, range: 2...5, decimalChance: 0.5)
                s.acc.append("grew ")
                let d = FigureDraft(surface: forms.write(a) + " times", value: NumberFormatting.value(mantissa: a.mantissa, decimals: a.decimals, scale: 1), unit: "times")
                s.acc.append(figure: d.figure(kind: .change, year: yc.year, subject: m.subject))
            }
        }
        s.acc.append(yc.text + ".")
        return s
    }

    private func share(_ rng: inout SplitMix64, budget: Int) -> Sentence {
        var s = Sentence()
        let whole = rng.pick(words.wholes)
        let subject = ru ? whole : strippedWhole(whole)
        let tonneGoods = words.goods.filter { $0.unit == .tonne || $0.unit == .barrel }
        let d = rng.chance(0.5) ? forms.fraction(&rng) : forms.percent(&rng, max: 70)
        s.features.formUnion(d.features)
        if budget >= 2, !tonneGoods.isEmpty, rng.chance(0.4) {
            let g = rng.pick(tonneGoods)
            var m = forms.measure(&rng, g.unit, qualified: true)
            if rng.chance(0.4) { m = forms.qualify(m, &rng) }
            s.features.formUnion(m.features)
            s.thirdPerson = false
            s.acc.append(ru ? "Мы импортируем " : "We import ")
            s.acc.append(figure: m.figure(kind: .level, year: nil, subject: g.phrase))
            s.acc.append(ru ? " " + g.phrase + ", " : " of " + g.phrase + ", ")
            s.acc.append(figure: d.figure(kind: .share, year: nil, subject: g.phrase))
            if ru {
                s.acc.append(" из которых приходится на " + rng.pick(Self.russianCountriesAccusative) + ".")
            } else {
                s.acc.append(" of which comes from " + rng.pick(Self.englishCountries) + ".")
            }
            return s
        }
        if rng.chance(0.5) {
            var first = d
            first.surface = TextCase.upperFirst(first.surface)
            s.acc.append(figure: first.figure(kind: .share, year: nil, subject: subject))
            if ru {
                s.acc.append(" " + whole + " приходится на " + rng.pick(Self.russianCountriesAccusative) + ".")
            } else {
                s.acc.append(" of " + whole + " comes from " + rng.pick(Self.englishCountries) + ".")
            }
        } else if ru {
            s.acc.append("На " + rng.pick(Self.russianCountriesAccusative) + " приходится ")
            s.acc.append(figure: d.figure(kind: .share, year: nil, subject: subject))
            s.acc.append(" " + whole + ".")
        } else {
            s.properStart = true
            s.acc.append(rng.pick(Self.englishCountries) + " accounts for ")
            s.acc.append(figure: d.figure(kind: .share, year: nil, subject: subject))
            s.acc.append(" of " + whole + ".")
        }
        return s
    }

    private func target(_ rng: inout SplitMix64, budget: Int) -> Sentence {
        var s = Sentence()
        let m = moneyMetric(&rng)
        let y = futureYear(&rng)
        let hasMeasure = words.goods.contains { $0.unit == .tonne || $0.unit == .barrel || $0.unit == .cubicMetre }
        let countables = words.countables.filter { !$0.people }
        let choice = rng.weighted([22, 22, budget >= 2 ? 18 : 0, 14, hasMeasure ? 12 : 0, countables.isEmpty ? 0 : 12])
        let by = ru ? " к \(y) году" : " by \(y)"
        switch choice {
        case 0:
            s.thirdPerson = false
            var d = forms.money(&rng, abbreviatedScale: true)
            s.features.formUnion(d.features)
            if ru {
                d.surface = "до " + d.surface
                d.qualifier = .upTo
                s.features.insert(.figureQualifier)
                s.acc.append("Мы планируем довести " + m.accusative + " ")
            } else {
                s.acc.append("We plan to raise " + m.phrase + " to ")
            }
            s.acc.append(figure: d.figure(kind: .target, year: y, subject: m.subject))
            s.acc.append(by + ".")
        case 1:
            let d = forms.money(&rng)
            s.features.formUnion(d.features)
            if ru {
                let verb = RussianGrammar.agree(("должен", "должна", "должно", "должны"), m.gender)
                s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " достичь ")
            } else {
                s.acc.append(TextCase.upperFirst(m.phrase) + " should reach ")
            }
            s.acc.append(figure: d.figure(kind: .target, year: y, subject: m.subject))
            s.acc.append(by + ".")
        case 2:
            // Two targets; the second carries the unit of the first.
            s.thirdPerson = false
            var d1 = forms.money(&rng, abbreviatedScale: true)
            let y2 = y + rng.int(in: 3...10)
            let upTo = ru || rng.chance(0.4)
            if upTo {
                d1.surface = (ru ? "до " : "up to ") + d1.surface
                d1.qualifier = .upTo
                s.features.insert(.figureQualifier)
            }
            let d2 = forms.bareScaled(after: d1, &rng)
            s.features.formUnion(d1.features.union(d2.features))
            s.acc.append(ru ? "Мы договорились увеличить " + m.accusative + " "
                            : "We have agreed to increase " + m.phrase + (upTo ? " " : " to "))
            s.acc.append(figure: d1.figure(kind: .target, year: y, subject: m.subject))
            s.acc.append(ru ? by + " и " : by + ", and ")
            s.acc.append(figure: d2.figure(kind: .target, year: y2, subject: m.subject))
            s.acc.append(ru ? " — к \(y2) году." : " — by \(y2).")
            s.hasDash = true
        case 3:
            var d = forms.money(&rng, abbreviatedScale: true)
            d.surface = (ru ? "более " : "above ") + d.surface
            d.qualifier = .moreThan
            s.features.formUnion(d.features)
            s.features.insert(.figureQualifier)
            if ru {
                let verb = RussianGrammar.agree(("сохранится", "сохранится", "сохранится", "сохранятся"), m.gender)
                s.acc.append(TextCase.upperFirst(m.phrase) + " " + verb + " на уровне ")
                s.acc.append(figure: d.figure(kind: .target, year: y, subject: m.subject))
                s.acc.append(" до \(y) года.")
            } else {
                s.acc.append(TextCase.upperFirst(m.phrase) + " will stay ")
                s.acc.append(figure: d.figure(kind: .target, year: y, subject: m.subject))
                s.acc.append(" until \(y).")
            }
        case 4:
            s.thirdPerson = false
            let g = rng.pick(words.goods.filter { $0.unit == .tonne || $0.unit == .barrel || $0.unit == .cubicMetre })
            let d = forms.measure(&rng, g.unit, qualified: false)
            s.features.formUnion(d.features)
            s.acc.append(ru ? "Мы планируем экспортировать " : "We plan to export ")
            s.acc.append(figure: d.figure(kind: .target, year: y, subject: g.phrase))
            s.acc.append((ru ? " " + g.phrase : " of " + g.phrase) + by + ".")
        default:
            s.thirdPerson = false
            let noun = rng.pick(countables)
            let d = forms.count(&rng, noun, qualified: false)
            s.features.formUnion(d.features)
            s.acc.append(ru ? "К \(y) году мы планируем открыть " : "We plan to open ")
            s.acc.append(figure: d.figure(kind: .target, year: y, subject: noun.many))
            s.acc.append(ru ? "." : by + ".")
        }
        return s
    }

    private func duration(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        let qualified = rng.chance(0.3)
        var d = forms.duration(&rng, qualified: qualified)
        if qualified { d = forms.qualify(d, &rng) }
        s.features.formUnion(d.features)
        let f = d.figure(kind: .duration, year: nil, subject: nil)
        switch rng.int(4) {
        case 0:
            s.thirdPerson = false
            if ru {
                s.acc.append("На то, чтобы " + rng.pick(words.goals) + ", у нас ушло ")
                s.acc.append(figure: f)
                s.acc.append(".")
            } else {
                s.acc.append("It took us ")
                s.acc.append(figure: f)
                s.acc.append(" to " + rng.pick(words.goals) + ".")
            }
        case 1:
            s.acc.append(ru ? "Строительство займёт " : "Construction will take ")
            s.acc.append(figure: f)
            s.acc.append(".")
        case 2:
            s.thirdPerson = false
            s.acc.append(ru ? "Мы работаем над этим проектом уже " : "We have been working on this project for ")
            s.acc.append(figure: f)
            s.acc.append(".")
        default:
            s.acc.append(ru ? "Проект окупится через " : "The project will pay off within ")
            s.acc.append(figure: f)
            s.acc.append(".")
        }
        return s
    }

    private func count(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        let noun = rng.pick(words.countables)
        let qualified = rng.chance(0.35)
        var d = forms.count(&rng, noun, qualified: qualified)
        if qualified { d = forms.qualify(d, &rng) }
        s.features.formUnion(d.features)
        let yc = yearClause(&rng)
        if yc.present { s.features.insert(.figureRelativeYear) }
        let subject = d.surface.hasSuffix(noun.many) ? noun.many : (d.surface.hasSuffix(noun.few) ? noun.few : noun.one)
        let f = d.figure(kind: .count, year: yc.year, subject: subject)
        if noun.people {
            s.acc.append(ru ? "Наши программы уже охватили " : "Our programmes have already attracted ")
            s.acc.append(figure: f)
            s.acc.append(yc.text + ".")
            return s
        }
        switch rng.int(3) {
        case 0:
            s.thirdPerson = false
            s.acc.append(ru ? "Мы запустили " : "We have launched ")
            s.acc.append(figure: f)
            s.acc.append(yc.text + ".")
        case 1:
            s.acc.append(ru ? "Фонд уже профинансировал " : "The fund has already financed ")
            s.acc.append(figure: f)
            s.acc.append(yc.text + ".")
        default:
            s.thirdPerson = false
            s.acc.append(ru ? "Сегодня в нашем портфеле " : "Today our portfolio includes ")
            s.acc.append(figure: f)
            s.acc.append(".")
        }
        return s
    }

    private func measure(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        let g = rng.pick(words.goods)
        let qualified = rng.chance(0.3)
        var d = forms.measure(&rng, g.unit, qualified: qualified)
        if qualified { d = forms.qualify(d, &rng) }
        s.features.formUnion(d.features)
        let yc = yearClause(&rng)
        if yc.present { s.features.insert(.figureRelativeYear) }
        switch g.unit {
        case .teu:
            let subject = ru ? "контейнерооборот порта" : "container throughput"
            s.acc.append(ru ? "Контейнерооборот порта достиг " : "Container throughput reached ")
            s.acc.append(figure: d.figure(kind: .level, year: yc.year, subject: subject))
            s.acc.append(yc.text + ".")
        case .mw, .gw:
            let subject = ru ? "мощность" : "capacity"
            s.acc.append(ru ? "Мощность новых станций составит " : "The new plants will have a capacity of ")
            s.acc.append(figure: d.figure(kind: .level, year: nil, subject: subject))
            s.acc.append(".")
        case .hectare:
            s.acc.append(ru ? "Проект охватывает " : "The project covers ")
            s.acc.append(figure: d.figure(kind: .level, year: nil, subject: g.phrase))
            s.acc.append((ru ? " " : " of ") + g.phrase + ".")
        case .km:
            s.thirdPerson = false
            s.acc.append(ru ? "Мы построили " : "We have built ")
            s.acc.append(figure: d.figure(kind: .level, year: yc.year, subject: g.phrase))
            s.acc.append((ru ? " " : " of ") + g.phrase + yc.text + ".")
        default:
            if rng.chance(0.5) {
                s.thirdPerson = false
                s.acc.append(ru ? "Мы экспортируем " : "We export ")
            } else {
                s.acc.append(ru ? "Регион произвёл " : "The region produced ")
            }
            s.acc.append(figure: d.figure(kind: .level, year: yc.year, subject: g.phrase))
            s.acc.append((ru ? " " : " of ") + g.phrase + yc.text + ".")
        }
        return s
    }

    private func levelPercent(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        let rates: [(String, String, RussianGrammar.Gender)] = ru
            ? [("уровень локализации", "уровень локализации", .masculine), ("загрузка терминала", "загрузка терминала", .feminine)]
            : [("the level of localisation", "level of localisation", .masculine),
               ("the load factor of our flights", "load factor", .masculine),
               ("terminal utilisation", "terminal utilisation", .masculine)]
        let r = rng.pick(rates)
        let d = forms.percent(&rng, max: 95)
        s.features.formUnion(d.features)
        if ru {
            s.acc.append(TextCase.upperFirst(r.0) + " составляет ")
        } else {
            s.acc.append(TextCase.upperFirst(r.0) + " stands at ")
        }
        s.acc.append(figure: d.figure(kind: .level, year: nil, subject: r.1))
        s.acc.append(".")
        return s
    }

    // MARK: plain sentences

    /// A sentence without figures.
    func plainSentence(_ rng: inout SplitMix64, thirdPersonOnly: Bool = false) -> Sentence {
        var s = Sentence()
        let countries = ru ? Self.russianCountries : Self.englishCountries
        let pick = thirdPersonOnly ? rng.pick([0, 2, 4, 7, 12]) : rng.int(13)
        let area = words.area
        let goal = rng.pick(words.goals)
        let problem = rng.pick(words.problems)
        let tool = rng.pick(words.tools)
        var t: String
        switch pick {
        case 0:
            t = ru ? "Сотрудничество в области \(area) является одним из самых перспективных направлений."
                   : "\(TextCase.upperFirst(area)) is one of the most promising areas of our cooperation."
        case 1:
            s.thirdPerson = false
            t = ru ? "Нам нужны \(tool), которые помогут \(goal)." : "We need \(tool) that will help us \(goal)."
        case 2:
            t = ru ? "Потенциал \(area) огромен, но \(problem) пока мешают его реализации."
                   : "The potential of \(area) is enormous, but \(problem) remain a constraint."
        case 3:
            s.thirdPerson = false
            let all = (ru ? TopicLexicon.russian : TopicLexicon.english).filter { $0.topic != words.topic }
            let other = all.isEmpty ? words.areaNominative : rng.pick(all).areaNominative
            t = ru ? "Наши главные приоритеты: \(words.areaNominative) и \(other)." : "Our two priorities are \(area) and \(other)."
        case 4:
            t = ru ? "\(TextCase.upperFirst(problem)) остаются главным препятствием." : "\(TextCase.upperFirst(problem)) remain the main obstacle."
        case 5:
            s.thirdPerson = false
            t = ru ? "Мы должны использовать \(tool), чтобы \(goal)." : "We must use \(tool) to \(goal)."
        case 6:
            s.thirdPerson = false
            let others = words.goals.filter { $0 != goal }
            let goal2 = others.isEmpty ? goal : rng.pick(others)
            t = ru ? "Если мы сможем \(goal), мы сможем и \(goal2)." : "If we \(goal), we can \(goal2)."
        case 7:
            s.properStart = true
            let c = rng.pick(countries)
            t = ru ? "\(c) является огромным рынком, а Дальний Восток готов его обеспечить."
                   : "\(c) is an enormous market, and the Far East has everything to supply it."
        case 8:
            s.thirdPerson = false
            t = ru ? "Нам ещё многое предстоит сделать." : "There is still a lot to do."
        case 9:
            s.thirdPerson = false
            t = ru ? "Есть ли у нас проблемы с технологиями? Нет, просто на согласование уходит много времени."
                   : "Do we have technology issues? No, it just takes time to agree."
        case 10:
            s.thirdPerson = false
            s.exclaims = true
            t = ru ? "Потенциал роста огромен!" : "The growth potential is huge!"
        case 11:
            s.thirdPerson = false
            t = ru ? "Мы рассчитываем, что партнёры помогут нам \(goal)." : "We expect our partners to \(goal), too."
        default:
            t = ru ? "\(TextCase.upperFirst(tool)) помогли бы \(goal)." : "\(TextCase.upperFirst(tool)) would help to \(goal)."
        }
        s.acc.append(t)
        return s
    }

    /// A sentence with an editorial insert: "They (Chinese investors – ed.) are ready to …".
    func editorialSentence(_ rng: inout SplitMix64) -> Sentence {
        var s = Sentence()
        s.thirdPerson = false
        s.features.insert(.editorialInsert)
        let goal = rng.pick(words.goals)
        if ru {
            let who = rng.pick(["китайские инвесторы", "наши партнёры из Харбина", "региональные власти"])
            s.acc.append("Они (\(who) — прим. ред.) готовы \(goal).")
        } else {
            let who = rng.pick(["Chinese investors", "our partners in Harbin", "the regional authorities"])
            let mark = rng.pick([" – ed.", " — Ed."])
            s.acc.append("They (\(who)\(mark)) are ready to \(goal).")
        }
        return s
    }
}
