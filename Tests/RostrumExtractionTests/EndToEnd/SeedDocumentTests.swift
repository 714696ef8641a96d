import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// The document that started the project, read from the shared folder beside the repository
/// (it is not copied into the project). Skipped where that folder is absent.
@Suite struct SeedDocumentTests {
    static let seedURL: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.first { $0.lastPathComponent.hasPrefix("000_") && $0.pathExtension == "txt" }
    }()

    @Test(.enabled(if: seedURL != nil, "shared/seeds is not beside the repository"))
    func seedSessionIsFullyAttributed() throws {
        let url = try #require(Self.seedURL)
        let document = try extract(try String(contentsOf: url, encoding: .utf8), options: ExtractionOptions(date: "2018-09-12"))
        #expect(document.title == "New Platforms for Cooperation between China and Russia: Prospects for Development")
        #expect(document.language == .en)
        #expect(document.allQuotes.count == 13)
        #expect(document.allQuotes.allSatisfy { $0.speaker != nil })
        #expect(document.warnings.isEmpty)
        #expect(document.sections.count == 8)

        let he = document.allQuotes.filter { $0.speaker?.name == "He Zhenwei" }
        #expect(he.count == 3)
        #expect(he.allSatisfy { $0.speaker?.position == "Secretary-General" && $0.speaker?.organization == "China Overseas Development" })

        let mezentsev = try #require(document.speakers.first { $0.name == "Dmitry Mezentsev" })
        #expect(mezentsev.position == "Chairman")
        #expect(mezentsev.organization == "Federation Council Committee on Economic Policy")
        let li = try #require(document.speakers.first { $0.name == "Xiaolin Li" })
        #expect(li.position == "Executive Vice President of the Board of Directors")
        #expect(li.organization == "Silk Road Planning Research Centre")
        let mednikov = try #require(document.speakers.first { $0.name == "Dmitry Mednikov" })
        #expect(mednikov.organization == "All-Russia State Television and Radio Broadcasting Company (VGTRK)")
        #expect(document.speakers.count == 10)
    }

    @Test(.enabled(if: seedURL != nil, "shared/seeds is not beside the repository"))
    func seedFiguresAreNormalised() throws {
        let url = try #require(Self.seedURL)
        let document = try extract(try String(contentsOf: url, encoding: .utf8), options: ExtractionOptions(date: "2018-09-12"))
        let trade = try #require(document.quote(containing: "mutual trade turnover"))
        let targets = trade.figures.filter { $0.kind == .target }
        #expect(targets.map(\.value) == [100_000_000_000, 200_000_000_000])
        #expect(targets.map(\.unit) == ["USD", "USD"])
        #expect(targets.map(\.year) == [2015, 2020])
        #expect(trade.figures.contains { $0.value == 80_000_000_000 && $0.unit == "USD" && $0.kind == .level })

        let soy = try #require(document.quote(containing: "soybeans"))
        #expect(soy.figures.contains { $0.value == 95_000_000 && $0.unit == "tonne" && $0.qualifier == .moreThan })
        #expect(soy.figures.contains { $0.kind == .share && $0.value == 33.33 && $0.unit == "percent" })

        let flights = try #require(document.quote(containing: "direct flights"))
        #expect(flights.figures.contains { $0.kind == .change && $0.value == 25 && $0.unit == "percent" })

        let fund = try #require(document.quote(containing: "investment fund"))
        #expect(fund.figures.contains { $0.value == 20 && $0.unit == "count" && $0.qualifier == .moreThan })
        #expect(fund.figures.contains { $0.value == 1_100_000_000 && $0.unit == "USD" })

        let traffic = try #require(document.quote(containing: "container traffic"))
        let changes = traffic.figures.filter { $0.kind == .change }
        #expect(changes.map(\.value) == [55, 35, 80, 32])
        #expect(changes.first?.year == 2017)

        let bridge = try #require(document.quote(containing: "Crimean Bridge"))
        #expect(bridge.figures.contains { $0.kind == .duration && $0.value == 20 && $0.unit == "year" })
    }
}
