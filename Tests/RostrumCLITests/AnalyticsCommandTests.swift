import Foundation
import Testing

/// `rostrum profile`, `rostrum graph` and `rostrum bench analytics` on the bundled samples, run as
/// a user runs them: the built executable, its exit status and what it printed.
@Suite("CLI: profiles, graphs and the analytics benchmark", .serialized)
struct AnalyticsCommandTests {
    private static func json(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let object = value as? [String: Any] else { throw CLIError(message: "not a JSON object: \(text.prefix(200))") }
        return object
    }

    @Test func aSpeakerProfileInTextAndJSON() throws {
        let db = try CLI.sampleDatabase()
        // Any spelling: the Cyrillic name finds the person the samples quote in both languages.
        let text = try CLI.run(["profile", "speaker", "Николай Орлов", "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Nikolai Orlov"))
        #expect(text.stdout.contains("Roles:") || text.stdout.contains("Vnesheconombank"))

        let output = try CLI.run(["profile", "speaker", "Nikolai Orlov", "--db", db, "--format", "json", "--limit", "3"])
        #expect(output.status == 0, "\(output.stderr)")
        let profile = try Self.json(output.stdout)
        let person = try #require(profile["person"] as? [String: Any])
        #expect(person["name"] as? String == "Nikolai Orlov")
        #expect((person["aliases"] as? [String])?.contains("Николай Орлов") == true)
        let quotes = try #require(person["quotes"] as? Int)
        #expect(quotes > 5)
        // Roles over time: every session's (two in one where several roles were given), the earlier
        // bank and its later name both there.
        let roles = try #require(profile["roles"] as? [[String: Any]])
        #expect(Set(roles.compactMap { $0["session_id"] as? Int }).count == person["sessions"] as? Int)
        #expect(roles.count > Set(roles.compactMap { $0["session_id"] as? Int }).count)
        #expect(Set(roles.compactMap { $0["organization"] as? String }).count > 1)
        let topics = try #require(profile["topics"] as? [[String: Any]])
        #expect(topics.count <= 3 && topics.first?["value"] as? String == "investment_finance")
        #expect(topics.compactMap { $0["quotes"] as? Int } == topics.compactMap { $0["quotes"] as? Int }.sorted(by: >))
        let figures = try #require(profile["figures"] as? [[String: Any]])
        #expect(!figures.isEmpty && figures.allSatisfy { ($0["figures"] as? Int ?? 0) >= 1 && $0["id"] is String })
        #expect(profile["co_speakers"] is [Any] && profile["countries"] is [Any])
    }

    @Test func anOrganisationProfileByNameAndByID() throws {
        let db = try CLI.sampleDatabase()
        let text = try CLI.run(["profile", "org", "Russian Railways", "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        let firstLine = try #require(text.stdout.split(separator: "\n").first)
        #expect(firstLine.hasPrefix("Russian Railways (organisation "))
        #expect(text.stdout.contains("People:") && text.stdout.contains("Mikhail Zhuravlev"))
        #expect(text.stdout.contains("Countries named:"))

        let id = try #require(firstLine.split(separator: " ").first { $0.hasSuffix(")") }.map { String($0.dropLast()) })
        let byID = try CLI.run(["profile", "org", id, "--db", db, "--format", "json"])
        #expect(byID.status == 0, "\(byID.stderr)")
        let organization = try #require(try Self.json(byID.stdout)["organization"] as? [String: Any])
        #expect(organization["name"] as? String == "Russian Railways" && organization["id"] as? Int == Int(id))
    }

    @Test func anUnknownNameIsAClearErrorAndAFailure() throws {
        let db = try CLI.sampleDatabase()
        let output = try CLI.run(["profile", "speaker", "Nobody Atall", "--db", db])
        #expect(output.status != 0)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("no speaker matches") && output.stderr.contains("rostrum speakers"))
        let kind = try CLI.run(["profile", "team", "Zhang", "--db", db])
        #expect(kind.status != 0 && kind.stderr.contains("speaker") && kind.stderr.contains("org"))
    }

    @Test func theGraphAsJSONAndAsDOT() throws {
        let db = try CLI.sampleDatabase()
        let output = try CLI.run(["graph", "--db", db, "--limit", "5"])
        #expect(output.status == 0, "\(output.stderr)")
        let graph = try Self.json(output.stdout)
        #expect(graph["kind"] as? String == "speaker-topic")
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(edges.count == 5)
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(edges.allSatisfy { ids.contains($0["source"] as? String ?? "") && ids.contains($0["target"] as? String ?? "") },
                "every edge joins two listed nodes")
        #expect(edges.compactMap { $0["weight"] as? Int } == edges.compactMap { $0["weight"] as? Int }.sorted(by: >))

        let dot = try CLI.run(["graph", "--db", db, "--kind", "organizations-countries", "--format", "dot", "--limit", "4"])
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.hasPrefix("graph \"organization-country\" {") && dot.stdout.hasSuffix("}\n"))
        #expect(dot.stdout.components(separatedBy: " -- ").count - 1 == 4)
        #expect(dot.stdout.contains("\"country:RU\""))

        let bad = try CLI.run(["graph", "--db", db, "--limit", "0"])
        #expect(bad.status != 0 && bad.stderr.contains("--limit"))
    }

    @Test func theAnalyticsBenchmarkTimesEveryAnalysis() throws {
        let db = try CLI.sampleDatabase()
        let output = try CLI.run(["bench", "analytics", "--db", db, "--runs", "1"])
        #expect(output.status == 0, "\(output.stderr)")
        for analysis in ["tracker snapshot, cold", "targets page", "topic trends", "graph speaker-topic", "query digest", "speaker profile",
                         "organisation profile", "slowest analysis"] {
            #expect(output.stdout.contains(analysis), "the benchmark reports \(analysis)")
        }
        #expect(output.stdout.contains("23 sessions"))
    }
}
