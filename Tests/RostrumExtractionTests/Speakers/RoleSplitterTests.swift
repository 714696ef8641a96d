import RostrumExtraction
import RostrumModel
import Testing

/// Splitting the role after a speaker's name into position and organisation (docs/FORMATS.md).
@Suite struct RoleSplitterTests {
    let splitter = RoleSplitter()

    @Test(arguments: [
        ("Chairman of the Federation Council Committee on Economic Policy", "Chairman", "Federation Council Committee on Economic Policy"),
        ("Secretary-General of the China Overseas Development", "Secretary-General", "China Overseas Development"),
        ("Executive Vice President of the Board of Directors, Silk Road Planning Research Centre", "Executive Vice President of the Board of Directors", "Silk Road Planning Research Centre"),
        ("the First Deputy Chief Executive Officer, Russian Railways", "First Deputy Chief Executive Officer", "Russian Railways"),
        ("Deputy Director General, All-Russia State Television and Radio Broadcasting Company (VGTRK)", "Deputy Director General", "All-Russia State Television and Radio Broadcasting Company (VGTRK)"),
        ("Minister of Natural Resources and Environment of the Russian Federation", "Minister of Natural Resources and Environment", "Russian Federation"),
        ("Deputy Minister of Energy of the Russian Federation", "Deputy Minister of Energy", "Russian Federation"),
        ("Deputy Minister of Digital Development, Communications and Mass Media of the Russian Federation", "Deputy Minister of Digital Development, Communications and Mass Media", "Russian Federation"),
        ("Vice Minister of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan", "Vice Minister of Digital Development, Innovation and Aerospace Industry", "Republic of Kazakhstan"),
        ("President, Chairman of the Management Board, Sberbank", "President, Chairman of the Management Board", "Sberbank"),
        ("Managing Executive Officer, Mitsui & Co., Ltd.", "Managing Executive Officer", "Mitsui & Co., Ltd."),
        ("Governor of Primorsky Territory", "Governor", "Primorsky Territory"),
        ("генеральный директор ПАО «Газпром»", "генеральный директор", "ПАО «Газпром»"),
        ("министр сельского хозяйства Российской Федерации", "министр сельского хозяйства", "Российской Федерации"),
        ("генеральный директор компании «Русагро»", "генеральный директор", "компании «Русагро»"),
        ("главный экономист аналитического центра «Эксперт-Регион»", "главный экономист", "аналитического центра «Эксперт-Регион»"),
        ("первый заместитель Председателя Банка России", "первый заместитель Председателя", "Банка России"),
        ("заместитель Председателя Правительства Российской Федерации", "заместитель Председателя", "Правительства Российской Федерации"),
        ("министр Российской Федерации по развитию Дальнего Востока и Арктики", "министр по развитию Дальнего Востока и Арктики", "Российской Федерации"),
        ("министр цифрового развития, связи и массовых коммуникаций Российской Федерации", "министр цифрового развития, связи и массовых коммуникаций", "Российской Федерации"),
        ("президент, председатель правления ПАО Сбербанк", "президент, председатель правления", "ПАО Сбербанк"),
        ("председатель совета директоров ПАО «Совкомфлот»", "председатель совета директоров", "ПАО «Совкомфлот»"),
        ("Deputy Mayor of Moscow for Social Development", "Deputy Mayor for Social Development", "Moscow"),
        ("Special Representative of the President of the Russian Federation on International Cultural Cooperation", "Special Representative of the President on International Cultural Cooperation", "Russian Federation"),
        ("Chairman of China Chamber of Tourism", "Chairman", "China Chamber of Tourism"),
        ("директор по международному развитию, маркетплейс «Восток Маркет»", "директор по международному развитию", "маркетплейс «Восток Маркет»"),
        ("руководитель направления трансграничной торговли, платформа Ozon Global", "руководитель направления трансграничной торговли", "платформа Ozon Global"),
        ("коммерческий директор, агрегатор ООО «Грузовой экспресс»", "коммерческий директор", "агрегатор ООО «Грузовой экспресс»"),
    ])
    func splits(_ input: String, _ position: String, _ organization: String) {
        let role = splitter.roles(from: input).first
        #expect(role?.position == position, "\(input)")
        #expect(role?.organization == organization, "\(input)")
    }

    @Test func severalRolesJoinedBySemicolons() {
        let roles = splitter.roles(from: "Minister of Natural Resources and Environment of the Russian Federation; Chairman, Arctic Council")
        #expect(roles.count == 2)
        #expect(roles.last == Role(position: "Chairman", organization: "Arctic Council"))
    }

    @Test func anOrganisationAloneIsNotAPosition() {
        #expect(splitter.roles(from: "Rostelecom").first == Role(position: nil, organization: "Rostelecom"))
    }
}

/// The pipeline's role cache gives the splitter's answers, also under concurrent use.
@Suite struct RoleCacheTests {
    @Test func cachedSplitsEqualFreshOnesAcrossConcurrentExtractions() async throws {
        let pipeline = ExtractionPipeline()
        let text = """
            Trade

            Targets

            “We will reach $200 billion by 2024,” Wang Jianguo, Vice Chairman, China Chamber of Commerce for Import and Export.

            «Цель достижима», — Дмитрий Патрушев, министр сельского хозяйства Российской Федерации.
            """
        let reference = try pipeline.extract(text: text)
        let results = try await withThrowingTaskGroup(of: ExtractedDocument.self) { group in
            for _ in 0..<16 { group.addTask { try pipeline.extract(text: text) } }
            var all: [ExtractedDocument] = []
            for try await doc in group { all.append(doc) }
            return all
        }
        #expect(results.allSatisfy { $0 == reference })
        #expect(reference.allQuotes.last?.speaker?.organization == "Российской Федерации")
    }
}
