import RostrumModel

/// A role as written after a speaker's name, with the split a perfect extractor makes of it.
struct GeneratedRole: Sendable {
    /// The text after "Name, ".
    var rendered: String
    var position: String
    var organization: String?
    var otherRoles: [Role] = []
    var features: Set<GenerationFeature> = []
}

/// Positions and organisations in English and Russian, and the ways summaries join them.
///
/// Gold splits follow docs/FORMATS.md §Splitting a role: split at commas (position first, the rest
/// is the organisation); without a comma, at the " of the " before a known organisation form;
/// "… of the Board of Directors, Org" keeps the board in the position; a leading "the" is dropped;
/// several roles are joined by ";" and the first one is the speaker's position and organisation.
enum RoleLexicon {
    static let englishPositions = [
        "Chief Executive Officer", "CEO", "Deputy CEO", "General Manager", "Director General",
        "Deputy Director General", "First Deputy Chief Executive Officer", "Vice Chairman", "Chairman", "President",
        "Vice President", "Senior Vice President", "Managing Director", "Executive Director", "Head of Investment",
        "Partner", "Founder", "Chief Economist", "Head of the Asia-Pacific Department", "CFO",
    ]
    static let englishBoardPositions = [
        "Chairman of the Supervisory Board", "Chairman of the Management Board",
        "Executive Vice President of the Board of Directors", "Member of the Board of Directors",
        "Chairman of the Board of Directors",
    ]
    static let englishOrganizations = [
        "Russian Railways", "PJSC Gazprom", "PJSC Rosseti", "Far East and Baikal Region Development Fund",
        "Russian Direct Investment Fund (RDIF)", "All-Russia State Television and Radio Broadcasting Company (VGTRK)",
        "China Investment Corporation", "Sinotrans Ltd.", "Harbin Electric Co., Ltd.", "JSC Russian Export Center",
        "Aeroflot PJSC", "Rusagro Group", "VTB Bank", "Sberbank", "China Chamber of Tourism", "Baikal Logistics LLC",
        "Amur Grain Terminal JSC", "Silk Road Fund", "Rostelecom PJSC", "Kamaz PJSC", "Rosatom State Corporation",
        "National Media Group", "Primorsky Shipping Company", "Sakhalin Energy Investment Company Ltd.",
        "CITIC Construction Co., Ltd.", "Mitsui & Co. Ltd.", "Tata Power Ltd.", "Far Eastern Federal University",
        "Skolkovo Foundation", "Business Russia", "Asia-Pacific Media Alliance", "China Overseas Development",
        "Northern Sea Route Cargo JSC", "Huawei Technologies Co., Ltd.", "VEB.RF",
    ]
    /// Position words and organisations that start a known organisation form, for "X of the Y".
    static let englishOfForms: [(String, String)] = [
        ("Chairman", "Federation Council Committee on Economic Policy"),
        ("Deputy Chairman", "State Duma Committee on Energy"),
        ("Chairman", "Government of the Khabarovsk Territory"),
        ("President", "Chamber of Commerce and Industry of the Russian Federation"),
        ("Director General", "Agency for Strategic Initiatives"),
        ("Chairman", "Bank of China"),
        ("Head", "Agency for the Development of Human Capital in the Far East"),
        ("Director", "Centre for Asian Studies"),
        ("Executive Secretary", "Committee on Trade of the Russian-Chinese Commission"),
        ("Deputy Director", "Foundation for Regional Development"),
        ("Vice President", "Council for Trade and Economic Cooperation"),
    ]
    static let englishMinisters = [
        "Minister of Natural Resources and Environment", "Minister of Economic Development",
        "Minister of Agriculture", "Minister of Energy", "Deputy Minister of Transport",
        "Deputy Minister of Industry and Trade",
    ]
    static let englishSecondRoles: [(String, String)] = [
        ("Chairman", "Arctic Council"), ("Chairman", "Russian-Chinese Business Council"),
        ("Co-Chair", "Intergovernmental Commission on Investment Cooperation"),
        ("Member of the Board of Directors", "Russian Railways"), ("President", "Russian Geographical Society"),
    ]
    static let englishModeratorRoles: [(String, String)] = [
        ("Editor-in-Chief", "Business Weekly"), ("Anchor", "Russia 24 TV Channel"),
        ("Director", "Institute of Far Eastern Studies"), ("Columnist", "Asia Times Review"),
    ]

    static let russianPositions = [
        "генеральный директор", "председатель правления", "заместитель генерального директора",
        "первый заместитель генерального директора", "президент", "вице-президент", "старший вице-президент",
        "управляющий директор", "исполнительный директор", "председатель совета директоров",
        "председатель наблюдательного совета", "главный экономист", "руководитель департамента инвестиций",
        "основатель", "ректор", "генеральный менеджер",
    ]
    static let russianOrganizations = [
        "ПАО „Газпром“", "ОАО „Российские железные дороги“", "Российские железные дороги",
        "Фонд развития Дальнего Востока и Байкальского региона", "Российский фонд прямых инвестиций (РФПИ)",
        "Всероссийская государственная телевизионная и радиовещательная компания (ВГТРК)",
        "Китайская инвестиционная корпорация", "АО „Российский экспортный центр“", "ПАО „Аэрофлот“",
        "группа компаний „Русагро“", "Банк ВТБ (ПАО)", "ПАО Сбербанк", "Китайская туристическая палата",
        "Государственная корпорация „Росатом“", "Дальневосточный федеральный университет", "Фонд „Сколково“",
        "ПАО „Россети“", "АО „Дальневосточное морское пароходство“", "ООО „Байкал Логистик“",
        "Национальная Медиа Группа", "Sinotrans Ltd.", "Harbin Electric Co., Ltd.", "Деловая Россия",
    ]
    /// Position and genitive organisation that starts with a known organisation form.
    static let russianGenitiveForms: [(String, String)] = [
        ("председатель", "комитета Совета Федерации по экономической политике"),
        ("заместитель председателя", "комитета Государственной думы по энергетике"),
        ("председатель", "правительства Хабаровского края"),
        ("генеральный директор", "компании „Русагро“"),
        ("советник", "министерства сельского хозяйства Российской Федерации"),
        ("исполнительный директор", "фонда поддержки регионального развития"),
        ("президент", "корпорации „Дальневосточные инвестиции“"),
        ("вице-президент", "банка „Приморье“"),
        ("директор", "центра азиатских исследований"),
    ]
    static let russianSecondRoles: [(String, String)] = [
        ("председатель", "Российско-китайский деловой совет"), ("член совета директоров", "ОАО „РЖД“"),
        ("сопредседатель", "Межправительственная комиссия по инвестиционному сотрудничеству"),
    ]
    static let russianModeratorRoles: [(String, String)] = [
        ("главный редактор", "журнал „Деловая неделя“"), ("ведущий", "телеканал „Россия 24“"),
        ("директор", "Институт Дальнего Востока"),
    ]

    /// A speaker's role in the session's language.
    static func role(_ rng: inout SplitMix64, language: Language) -> GeneratedRole {
        var role = language == .ru ? russianRole(&rng) : englishRole(&rng)
        if rng.chance(0.07) {
            let second = rng.pick(language == .ru ? russianSecondRoles : englishSecondRoles)
            role.rendered += "; " + second.0 + ", " + second.1
            role.otherRoles.append(Role(position: second.0, organization: second.1))
            role.features.insert(.multipleRoles)
        }
        return role
    }

    /// A moderator's role (comma form).
    static func moderatorRole(_ rng: inout SplitMix64, language: Language) -> GeneratedRole {
        let r = rng.pick(language == .ru ? russianModeratorRoles : englishModeratorRoles)
        return GeneratedRole(rendered: r.0 + ", " + r.1, position: r.0, organization: r.1)
    }

    private static func englishRole(_ rng: inout SplitMix64) -> GeneratedRole {
        switch rng.weighted([60, 12, 14, 8]) {
        case 0:
            let p = rng.pick(englishPositions)
            let o = rng.pick(englishOrganizations)
            if rng.chance(0.1) {
                return GeneratedRole(rendered: "the " + p + ", " + o, position: p, organization: o,
                                     features: [.leadingArticle])
            }
            let sep = rng.chance(0.05) ? ",  " : ", "
            return GeneratedRole(rendered: p + sep + o, position: p, organization: o)
        case 1:
            let p = rng.pick(englishBoardPositions)
            let o = rng.pick(englishOrganizations)
            return GeneratedRole(rendered: p + ", " + o, position: p, organization: o, features: [.boardPosition])
        case 2:
            let f = rng.pick(englishOfForms)
            return GeneratedRole(rendered: f.0 + " of the " + f.1, position: f.0, organization: f.1,
                                 features: [.ofSplitRole])
        default:
            let m = rng.pick(englishMinisters)
            return GeneratedRole(rendered: m + " of the Russian Federation", position: m,
                                 organization: "Russian Federation", features: [.ofSplitRole])
        }
    }

    private static func russianRole(_ rng: inout SplitMix64) -> GeneratedRole {
        if rng.chance(0.2) {
            let f = rng.pick(russianGenitiveForms)
            return GeneratedRole(rendered: f.0 + " " + f.1, position: f.0, organization: f.1,
                                 features: [.ofSplitRole])
        }
        let p = rng.pick(russianPositions)
        let o = rng.pick(russianOrganizations)
        return GeneratedRole(rendered: p + ", " + o, position: p, organization: o)
    }
}
