import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// Four sessions written before the round-7 fixes, on topics no earlier fixture covers: a marine
/// insurance summary in the seed's shape, a Russian gold-mining summary, a Russian medical-tourism
/// stenogram whose participants list is in stenogram form («ГОРБУНОВА Ксения Андреевна — …») and
/// English Markdown news copy on halal food exports ("told participants that …").
@Suite("Unseen panels, round 7")
struct UnseenPanelRound7Tests {
    @Test func englishSummaryWithBusinessLinesAndSecondPositions() throws {
        let doc = try extract(try fixture("marine-insurance-en.txt"))
        #expect(doc.title == "Marine Insurance after the Sanctions: Who Will Cover the Ships")
        #expect(doc.event == "Eastern Economic Forum 2024" && doc.date == "2024-09-04")
        #expect(doc.allQuotes.count == 11)
        #expect(doc.speakers.count == 5)
        #expect(doc.quote(containing: "Ekaterina Lisova") == nil)
        #expect(doc.quote(containing: "shared register") == nil)
        let galushin = try #require(doc.quote(containing: "Two years ago"))
        #expect(galushin.speaker?.organization == "Russian National Reinsurance Company")
        #expect(!galushin.figures.contains { $0.unit == "year" })
        #expect(galushin.figures.contains { $0.value == 33.33 && $0.kind == .change && $0.year == 2023 && $0.subject == "capital" })
        let vereshchagina = try #require(doc.quote(containing: "1,240 vessels"))
        #expect(vereshchagina.speaker?.position == "Managing Director, Marine Underwriting")
        #expect(vereshchagina.speaker?.organization == "Ingosstrakh")
        #expect(vereshchagina.figures.contains { $0.value == 14.5e9 && $0.unit == "RUB" })
        let chen = try #require(doc.quote(containing: "demurrage"))
        #expect(chen.speaker?.organization == "China Pacific Insurance (Group) Co., Ltd.")
        #expect(chen.speaker?.otherRoles.first?.organization == "International Union of Marine Insurance")
        let mehta = try #require(doc.quote(containing: "one in four ports"))
        #expect(mehta.speaker?.position == "Partner, Head of Shipping Practice")
        #expect(mehta.speaker?.organization == "Mehta & Bose LLP")
        #expect(mehta.figures.map(\.value) == [25, 90])
        let pool = try #require(doc.quote(containing: "no more than 15%"))
        #expect(pool.figures.contains { $0.value == 15 && $0.kind == .share && $0.subject == "risk" })
        #expect(pool.figures.contains { $0.value == 12 && $0.unit == "count" && $0.subject == "insurers" })
        let capacity = try #require(doc.quote(containing: "up to $1.2 billion"))
        #expect(capacity.figures.contains { $0.value == 1.2e9 && $0.kind == .target && $0.year == 2026 && $0.qualifier == .upTo })
        let sorokin = try #require(doc.quote(containing: "claims were now settled"))
        #expect(sorokin.indirect && sorokin.speaker?.name == "Alexei Sorokin")
        let crude = try #require(doc.quote(containing: "Indian refiners"))
        #expect(crude.indirect && crude.speaker?.name == "Rahul Mehta")
        #expect(crude.figures.first?.value == 40e6 && crude.figures.first?.unit == "tonne")
        let data = try #require(doc.quote(containing: "fear margin"))
        #expect(data.speaker?.name == "Olga Vereshchagina")
        #expect(data.figures.contains { $0.kind == .duration && $0.value == 18 && $0.qualifier == .almost })
        #expect(doc.sections.first?.kind == .conclusion)
        #expect(doc.sections.map(\.kind).contains(.problem) && doc.sections.map(\.kind).contains(.solution))
    }

    @Test func russianSummaryWithPointsInTimeAndVerbs() throws {
        let doc = try extract(try fixture("gold-mining-ru.txt"))
        #expect(doc.date == "2024-09-05")
        #expect(doc.allQuotes.count == 10)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == [
            "Анатолий Бобров", "Виталий Нестеренко", "Елена Куприянова", "Сергей Носов", "Ли Цзяньго", "Ирина Шестакова",
        ])
        #expect(doc.quote(containing: "Завьялов") == nil)
        #expect(doc.quote(containing: "2 300 долларов") == nil)
        let bobrov = try #require(doc.quote(containing: "228 тонн"))
        #expect(bobrov.speaker?.position == "заместитель министра природных ресурсов и экологии")
        #expect(bobrov.figures.contains { $0.value == 228 && $0.unit == "tonne" && $0.subject == "золота" && $0.year == 2023 })
        #expect(bobrov.figures.contains { $0.value == 90 && $0.qualifier == .moreThan && $0.subject == nil })
        let nesterenko = try #require(doc.quote(containing: "на четверть"))
        #expect(nesterenko.speaker?.organization == "ПАО «Полюс»")
        #expect(nesterenko.figures.contains { $0.value == 25 && $0.kind == .target && $0.year == 2027 })
        // «через 15 лет» is a point in time.
        let kupriyanova = try #require(doc.quote(containing: "трёх копеек"))
        #expect(!kupriyanova.figures.contains { $0.unit == "year" })
        let nosov = try #require(doc.quote(containing: "горных инженеров"))
        #expect(nosov.speaker?.organization == "Магаданской области")
        #expect(nosov.figures.contains { $0.value == 30 && $0.kind == .change && $0.subject == "зарплата вахтовика" })
        let li = try #require(doc.quote(containing: "2 млрд юаней"))
        #expect(li.indirect && li.speaker?.position == "вице-президент")
        #expect(li.figures.contains { $0.value == 2e9 && $0.unit == "CNY" && $0.qualifier == .upTo })
        let objects = try #require(doc.quote(containing: "40 новых объектов"))
        #expect(objects.figures.contains { $0.unit == "year" && $0.value == 3 && $0.subject == nil })
        let lines = try #require(doc.quote(containing: "110 км"))
        #expect(lines.indirect && lines.speaker?.name == "Виталий Нестеренко")
        #expect(lines.figures.first?.subject == "линий")
        let shestakova = try #require(doc.quote(containing: "полтора раза"))
        #expect(shestakova.speaker?.otherRoles.first?.position == "член правления")
        #expect(shestakova.figures.contains { $0.value == 1.5 && $0.unit == "times" && $0.kind == .target && $0.year == 2030 } ||
                shestakova.figures.contains { $0.value == 1.5 && $0.unit == "times" })
    }

    @Test func russianStenogramWithAStenogramParticipantsList() throws {
        let doc = try extract(try fixture("medical-tourism-transcript-ru.txt"))
        #expect(doc.date == "2023-09-11")
        #expect(doc.allQuotes.count == 7)
        #expect(doc.speakers.count == 4)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == [
            "Ксения Андреевна Горбунова", "Ван Лэй", "Михаил Юрьевич Тарасов", "Ким Су Чжин",
        ])
        #expect(doc.quote(containing: "наше время истекло") == nil)
        #expect(doc.quote(containing: "Господин Ван") == nil)
        let gorbunova = try #require(doc.quote(containing: "1,2 млн"))
        #expect(gorbunova.speaker?.organization == "Российской Федерации")
        #expect(gorbunova.figures.contains { $0.value == 7e9 && $0.kind == .target && $0.year == 2030 })
        let wang = try #require(doc.quote(containing: "примерно на 40%"))
        #expect(wang.figures.contains { $0.value == -40 && $0.kind == .change && $0.qualifier == .about })
        #expect(wang.figures.contains { $0.value == 3 && $0.valueMax == 6 && $0.unit == "month" })
        let tarasov = try #require(doc.quote(containing: "на 85%"))
        #expect(tarasov.speaker?.otherRoles.first?.organization == "Ассоциация частных клиник Приморья")
        #expect(tarasov.figures.contains { $0.value == 85 && $0.kind == .level })
        #expect(tarasov.figures.contains { $0.value == 33.33 && $0.kind == .share })
        let later = try #require(doc.quote(containing: "Банковские переводы"))
        #expect(later.speaker?.name == "Михаил Юрьевич Тарасов" && later.speaker?.position == "главный врач")
        let visa = try #require(doc.quote(containing: "медицинскую визу"))
        // «через два года» is a point in time, and «500» has no unit of its own.
        #expect(!visa.figures.contains { $0.unit == "year" })
        #expect(visa.figures.contains { $0.value == 214 && $0.unit == "count" })
    }

    @Test func englishMarkdownNewsCopyWithAudiences() throws {
        let doc = try extract(try fixture("halal-exports-en.md"))
        #expect(doc.event == "Russian Halal Expo 2024" && doc.date == "2024-05-16")
        #expect(doc.allQuotes.count == 16)
        #expect(doc.speakers.count == 7)
        #expect(doc.quote(containing: "900 halal certificates") == nil)
        #expect(doc.quote(containing: "working group") == nil)
        let guo = try #require(doc.quote(containing: "slaughterhouses"))
        #expect(guo.indirect && guo.speaker?.name == "Guo Hongbin")
        #expect(guo.speaker?.otherRoles.first?.organization == "Ningxia Muslim Trade Corporation")
        #expect(guo.figures.contains { $0.value == 3 && $0.unit == "count" })
        let demand = try #require(doc.quote(containing: "The demand is there"))
        #expect(demand.speaker?.name == "Guo Hongbin" && !demand.indirect)
        let target = try #require(doc.quote(containing: "target for 2030"))
        #expect(target.figures.first?.kind == .target && target.figures.first?.year == 2030)
        let sabirova = try #require(doc.quote(containing: "2,500 hectares"))
        #expect(sabirova.speaker?.position == "Deputy Prime Minister")
        #expect(sabirova.speaker?.organization == "Republic of Bashkortostan")
        let rahmawati = try #require(doc.quote(containing: "audit trail"))
        #expect(rahmawati.text.contains("[...]") && rahmawati.text.hasSuffix("with Russia"))
        let reefer = try #require(doc.quote(containing: "Jebel Ali"))
        #expect(reefer.speaker?.position == "Managing Director, South-East Asia")
        #expect(reefer.speaker?.organization == "Nordic Cold Chain Logistics")
        #expect(reefer.text.contains("(via the Suez Canal - ed.)"))
        let block = try #require(doc.quote(containing: "broken reefer"))
        #expect(block.speaker?.name == "Tan Wei Ming" && !block.indirect)
        let trust = try #require(doc.quote(containing: "trust is built"))
        #expect(!trust.indirect && trust.speaker?.name == "Aisha Al Mansouri")
    }
}
