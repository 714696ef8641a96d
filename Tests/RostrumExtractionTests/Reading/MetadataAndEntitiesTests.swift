import RostrumExtraction
import RostrumModel
import Testing

@Suite("Metadata headers, dates and HTML entities")
struct MetadataAndEntitiesTests {
    @Test("dates: ISO, written out in English and Russian, numeric, ranges", arguments: [
        ("2018-09-12", "2018-09-12"),
        ("2018-09-12T10:00:00+03:00", "2018-09-12"),
        ("12 September 2018", "2018-09-12"),
        ("September 12, 2018", "2018-09-12"),
        ("12 Sept. 2018", "2018-09-12"),
        ("Sep 5 2019", "2019-09-05"),
        ("12 сентября 2018 г.", "2018-09-12"),
        ("12 сентября 2018 года", "2018-09-12"),
        ("3 мая 2017", "2017-05-03"),
        ("1 марта 2016 г.", "2016-03-01"),
        ("12.09.2018", "2018-09-12"),
        ("11–13 September 2018", "2018-09-11"),
        ("29 February 2020", "2020-02-29"),
    ])
    func dates(input: String, expected: String) {
        #expect(DateNormalizer.isoDate(from: input) == expected)
    }

    @Test("not dates", arguments: ["", "September 2018", "31 June 2018", "29 February 2019", "2018-13-01", "tomorrow", "2018"])
    func notDates(input: String) {
        #expect(DateNormalizer.isoDate(from: input) == nil)
    }

    @Test("header lines: known keys in English and Russian, any case; unknown keys refused")
    func headerLines() {
        #expect(MetadataHeader.parse(line: "Event: Eastern Economic Forum 2018")?.field == .event)
        #expect(MetadataHeader.parse(line: "FORUM:  Eastern Economic Forum")?.value == "Eastern Economic Forum")
        #expect(MetadataHeader.parse(line: "Мероприятие: Восточный экономический форум")?.field == .event)
        #expect(MetadataHeader.parse(line: "Форум: ВЭФ")?.field == .event)
        #expect(MetadataHeader.parse(line: "Название: Новые площадки")?.field == .title)
        #expect(MetadataHeader.parse(line: "Источник: https://example.org/1")?.value == "https://example.org/1")
        #expect(MetadataHeader.parse(line: "Язык: ru")?.field == .language)
        #expect(MetadataHeader.parse(line: "Note: preliminary") == nil)
        #expect(MetadataHeader.parse(line: "Title:") == nil)
        #expect(MetadataHeader.parse(line: "“Quote: with a colon,” Name.") == nil)
        var metadata = DocumentMetadata()
        MetadataHeader.apply(.date, value: "12 сентября 2018 г.", to: &metadata)
        MetadataHeader.apply(.date, value: "2020-01-01", to: &metadata)
        MetadataHeader.apply(.language, value: "English", to: &metadata)
        #expect(metadata.date == "2018-09-12", "the first value wins")
        #expect(metadata.language == .en)
    }

    @Test("language names and codes")
    func languages() {
        #expect(MetadataHeader.language(named: "ru-RU") == .ru)
        #expect(MetadataHeader.language(named: "en_US") == .en)
        #expect(MetadataHeader.language(named: "Русский") == .ru)
        #expect(MetadataHeader.language(named: "Chinese") == .zh)
        #expect(MetadataHeader.language(named: "Klingon") == nil)
    }

    @Test("named and numeric entities")
    func entities() {
        #expect(HTMLEntities.decode("&laquo;Да&raquo; &ldquo;Yes&rdquo; &mdash; &ndash; &hellip;") == "«Да» “Yes” — – …")
        #expect(HTMLEntities.decode("a&nbsp;b &amp; &lt;p&gt; &quot;x&quot; &#39;y&#39;") == "a\u{A0}b & <p> \"x\" 'y'")
        #expect(HTMLEntities.decode("&#171;&#xBB;&#X2014;&#8364;") == "«»—€")
        #expect(HTMLEntities.decode("&#151; &#147;quoted&#148;") == "— “quoted”", "Windows-1252 range as browsers read it")
        #expect(HTMLEntities.decode("AT&T &unknown; & alone &#; &#xZZ;") == "AT&T &unknown; & alone &#; &#xZZ;")
        #expect(HTMLEntities.decode("Tom &amp Jerry") == "Tom & Jerry")
        #expect(HTMLEntities.decode("&#0; &#x110000;") == "\u{FFFD} \u{FFFD}")
        #expect(HTMLEntities.character(named: "euro") == "€")
    }
}
