import Testing
@testable import RostrumStore

/// Organisation identity: the forms in which documents name one organisation key alike, and
/// different organisations never do.
@Suite("Organisation identity keys")
struct OrganizationKeyTests {
    @Test(arguments: [
        // Russian case forms, as positions need them.
        ("Дальневосточного федерального университета", "Дальневосточный федеральный университет"),
        ("Объединённой зерновой компании", "Объединенная зерновая компания"),
        ("Федерального агентства по рыболовству", "Федеральное агентство по рыболовству"),
        ("Российско-китайского инвестиционного фонда (РКИФ)", "Российско-китайский инвестиционный фонд"),
        ("«Совкомфлота»", "ПАО «Совкомфлот»"),
        ("Внешэкономбанка", "Внешэкономбанк"),
        // A kind of body before a quoted or Latin name.
        ("компании «Восток Фарма»", "«Восток Фарма»"),
        ("компании «Восток Фарма»", "ООО «Восток Фарма»"),
        ("корпорации Harbin Industrial Group", "Harbin Industrial Group"),
        ("госкорпорации «Росатом»", "Госкорпорация «Росатом»"),
        ("Государственной корпорации «Росатом»", "Росатом"),
        ("группы компаний «Сибирская нива»", "Сибирская нива"),
        ("маркетплейс «Восток Маркет»", "Восток Маркет"),
        // Legal forms and abbreviations in English.
        ("China Railway Container Transport Corp., Ltd.", "China Railway Container Transport Corp."),
        ("VTB Bank (PJSC)", "VTB Bank"),
        ("PJSC Sovcomflot", "Sovcomflot"),
        ("PAO Sovcomflot", "Sovcomflot"),
        ("Mitsui & Co., Ltd.", "Mitsui & Co."),
        ("Nordfjell Shipping AS", "Nordfjell Shipping"),
        ("Japan Bank for International Cooperation (JBIC)", "Japan Bank for International Cooperation"),
        ("the Russian Export Center", "Russian Export Center"),
        ("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES"),
    ])
    func sameOrganization(_ a: String, _ b: String) {
        #expect(OrganizationKey(a) == OrganizationKey(b), "\(a) → \(OrganizationKey(a)), \(b) → \(OrganizationKey(b))")
    }

    @Test(arguments: [
        ("Bank of China (Moscow branch)", "Bank of China"),
        ("Банк России", "России"),
        ("Ассоциация судостроителей Дальнего Востока", "судостроителей Дальнего Востока"),
        ("Government of the Republic of Sakha (Yakutia)", "Government of the Republic of Sakha"),
        ("Российский экспортный центр", "Российский аграрный центр"),
        ("Far Eastern Federal University", "Far Eastern Federal University Clinic"),
        ("Министерство экономического развития", "Министерство сельского хозяйства"),
        ("Korea Land and Housing Corporation (LH)", "Korea Land Corporation"),
        ("Northern Sea Route Directorate, Rosatom", "Rosatom"),
    ])
    func differentOrganizations(_ a: String, _ b: String) {
        #expect(OrganizationKey(a) != OrganizationKey(b), "\(a) and \(b) must stay apart")
    }

    /// A name made only of what the key forgives still keys to something, and punctuation alone to nothing.
    @Test func degenerateNames() {
        #expect(!OrganizationKey("ПАО").value.isEmpty)
        #expect(!OrganizationKey("Ltd.").value.isEmpty)
        #expect(OrganizationKey("«»").value.isEmpty)
        #expect(OrganizationKey("Компания") == OrganizationKey("компании"))
        #expect(!OrganizationKey("AS").value.isEmpty)
    }

    /// Brand names transliterated one way or another meet in loose Latin; translated names do not.
    @Test(arguments: [
        ("Sberbank", "ПАО «Сбербанк»"), ("Roscosmos", "Госкорпорация «Роскосмос»"), ("Ingosstrakh", "СПАО «Ингосстрах»"),
        ("Novatek", "ПАО «НОВАТЭК»"), ("Sovcomflot", "«Совкомфлот»"), ("Rostelecom", "Ростелеком"), ("Lukoil", "Лукойл"),
    ])
    func looseLatinAcrossScripts(_ latin: String, _ cyrillic: String) {
        let typed = LooseLatin.words(of: latin)
        let written = LooseLatin.words(of: cyrillic)
        #expect(typed.allSatisfy { word in written.contains { $0.hasPrefix(word) } }, "\(typed) in \(written)")
    }

    @Test func looseLatinDoesNotTranslate() {
        let typed = LooseLatin.words(of: "Russian Railways")
        let written = LooseLatin.words(of: "Российские железные дороги")
        #expect(!typed.allSatisfy { word in written.contains { $0.hasPrefix(word) } })
    }
}
