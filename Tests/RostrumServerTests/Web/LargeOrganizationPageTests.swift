import Foundation
import Hummingbird
import HummingbirdTesting
import RostrumModel
import RostrumServer
import RostrumStore
import Testing

/// An organisation with more people and sessions than a page lists: the page shows the most quoted
/// people and the latest sessions, says how many there are, and links to all of them.
@Suite("Web: a large organisation's page")
struct LargeOrganizationPageTests {
    @Test func thePageListsTheFirstPeopleAndTheLatestSessionsWithLinksToAll() async throws {
        let store = try temporaryStore()
        // 55 sessions, a different speaker of the ministry in each; the last one is the newest.
        for day in 0..<55 {
            let date = String(format: "2019-%02d-%02d", day / 28 + 1, day % 28 + 1)
            let quote = Quote(text: "Grain exports through the port of Novorossiysk rose again in week \(day).",
                              speaker: Speaker(name: "Speaker Number\(day)", position: "Adviser", organization: "Ministry of Agriculture"))
            let document = ExtractedDocument(title: "Grain Session \(day)", language: .en, event: "Grain Forum 2019", date: date,
                                             sections: [Section(heading: "Exports", kind: .other, quotes: [quote])])
            _ = try await store.ingest(document, raw: "grain \(day)", source: "grain-\(day)")
        }
        let ministry = try #require(try await store.organizations(matching: "Ministry of Agriculture", limit: 1).first)
        let app = Application(router: try await buildRouter(ServerDependencies(store: store)))
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/organizations/\(ministry.id)", method: .get)
            #expect(page.status == .ok)
            let body = String(buffer: page.body)
            #expect(body.contains("The 50 most quoted of 55 people"))
            #expect(body.contains("The latest 50 of 55 sessions"))
            #expect(body.contains("Grain Session 54") && !body.contains("Grain Session 0<"), "the newest sessions, not the oldest")
            #expect(body.contains("view=sessions"))
        }
    }
}
