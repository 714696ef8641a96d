import Testing
import RostrumModel
import RostrumServer
import RostrumStore

/// The search API's direct JSON writer gives exactly the text of the generic JSON tree.
@Suite("Search JSON")
struct SearchJSONTests {
    @Test func writerMatchesTheGenericRendering() {
        let tricky = "He said \"enough\" \\ then left.\nNew line\ttab \u{08}\u{0C}\u{01}\u{1F} line\u{2028}sep\u{2029} «Газпром» 中国 🚢 <script>alert('x')</script> & <mark>"
        let hits = [
            SearchHit(quoteID: 12, sessionID: 3, sessionTitle: "Ports & Rail", event: "Eastern Economic Forum 2019", date: "2019-09-05",
                      text: tricky, snippet: "<mark>trade</mark> with <b>China</b> & \"friends\" <mark>x</mark", speaker:
                        Speaker(name: "Ivan O'Neil", position: nil, organization: "RZD"), topics: ["trade", "transport"], score: 7.318_204_5),
            SearchHit(quoteID: 13, sessionID: 3, sessionTitle: nil, event: nil, date: nil, text: "Plain.", snippet: "</mark>Plain.<mark>",
                      speaker: nil, topics: [], score: 0),
            SearchHit(quoteID: 14, sessionID: 4, sessionTitle: "T", event: nil, date: "2018", text: "Сорок два.", snippet: "", speaker:
                        Speaker(name: "Алексей Воронин", position: "первый заместитель министра", organization: nil), topics: ["energy"], score: 12),
        ]
        var facets = SearchFacets()
        facets.speakers = [FacetCount(value: "Ivan O'Neil", count: 2), FacetCount(value: "Алексей \"Воронин\"", count: 1)]
        facets.years = [FacetCount(value: "2019", count: 2)]
        facets.kinds = [FacetCount(value: "problem", count: 3)]
        for results in [SearchResults(total: 1_234_567, hits: hits, facets: facets), SearchResults(total: 0, hits: [], facets: SearchFacets())] {
            let expected = APIJSON.results(results).rendered(pretty: false)
            let written = String(decoding: SearchJSON.bytes(results), as: UTF8.self)
            #expect(written == expected)
        }
    }

    @Test func snippetsKeepOnlyTheirMarks() {
        #expect(SafeSnippet.html("a <mark>b</mark> <script>x</script> & 'c' \"d\" <mark") ==
                "a <mark>b</mark> &lt;script&gt;x&lt;/script&gt; &amp; &#39;c&#39; &quot;d&quot; &lt;mark")
        #expect(SafeSnippet.html("<<mark>>") == "&lt;<mark>&gt;")
        #expect(SafeSnippet.html("") == "")
        #expect(SafeSnippet.html("Дальний <mark>Восток</mark>") == "Дальний <mark>Восток</mark>")
    }
}
