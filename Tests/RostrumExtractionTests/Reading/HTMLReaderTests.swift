import RostrumExtraction
import RostrumModel
import Testing

@Suite("HTML reader")
struct HTMLReaderTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>New Platforms for Cooperation | Forum Information System</title>
      <meta property="og:title" content="New Platforms for Cooperation between China and Russia">
      <meta name="rostrum:event" content="Eastern Economic Forum 2018">
      <meta name="rostrum:date" content="12 September 2018">
      <meta property="article:published_time" content="2018-09-14T10:00:00+03:00">
      <link rel="canonical" href="https://example.org/sessions/1234">
      <style>p { color: red; } </style>
      <script>var x = "<p>not text</p>"; if (a < b) { track(); }</script>
    </head>
    <body class="page with-menu">
      <header class="site-header"><a href="/">Forum</a> <nav><ul><li>Programme</li><li>Media</li></ul></nav></header>
      <main>
        <article>
          <header><h1>New Platforms for Cooperation between China and Russia</h1>
            <time datetime="2018-09-12">12.09.2018</time></header>
          <h2>Cooperation in the Far East has a long way to go</h2>
          <p>&ldquo;China is an enormous market, while the Russian Far East is a treasury of natural
             resources,&rdquo; Alexey Chekunkov, Chief Executive Officer, Far East and Baikal Region Development.</p>
          <p>Trade turnover reached $80&nbsp;billion &mdash; short of the $100&nbsp;billion target&hellip;<br>
             Tom &amp; Jerry &lt;3 &quot;quoted&quot; &#39;single&#39; &#171;guillemets&#187; &#x2014; &#8212; &#151;</p>
          <div class="share-buttons"><a>Share on VK</a><button>Like</button></div>
          <blockquote><p>We import over 95 million tonnes of soybeans.</p></blockquote>
          <ul><li>Container traffic <b>up by 55%</b></li><li>Transit cargo up by 80%</ul>
          <div>A paragraph written straight into a div.</div>
          <section class="related-articles"><h3>Read also</h3><p>Another session</p></section>
        </article>
      </main>
      <aside>Most read today</aside>
      <div id="cookie-banner">We use cookies.</div>
      <footer><p>© 2018 Forum. All rights reserved.</p></footer>
      <form><input name="q"><p>Search the site</p></form>
    </body>
    </html>
    """

    @Test("headings, paragraphs, quotes and lists; page furniture dropped; metadata from head")
    func englishPage() throws {
        let document = try HTMLReader().read(Self.page)
        #expect(document.format == .html)
        #expect(document.metadata == DocumentMetadata(
            title: "New Platforms for Cooperation between China and Russia", event: "Eastern Economic Forum 2018",
            date: "2018-09-12", source: "https://example.org/sessions/1234", language: .en))
        let blocks = document.blocks
        #expect(blocks.map(\.kind) == [
            .heading(level: 1), .paragraph, .heading(level: 2), .paragraph, .paragraph, .blockQuote, .listItem,
            .listItem, .paragraph,
        ])
        #expect(blocks[0].text == "New Platforms for Cooperation between China and Russia")
        #expect(blocks[1].text == "12.09.2018")
        #expect(blocks[3].text == "“China is an enormous market, while the Russian Far East is a treasury of natural resources,” Alexey Chekunkov, Chief Executive Officer, Far East and Baikal Region Development.")
        #expect(blocks[3].line == 21)
        #expect(blocks[4].text == "Trade turnover reached $80 billion — short of the $100 billion target… Tom & Jerry <3 \"quoted\" 'single' «guillemets» — — —")
        #expect(blocks[5].text == "We import over 95 million tonnes of soybeans.")
        #expect(blocks[6].text == "Container traffic up by 55%")
        #expect(blocks[7].text == "Transit cargo up by 80%")
        #expect(blocks[8].text == "A paragraph written straight into a div.")
        let all = blocks.map(\.text).joined(separator: "\n")
        for dropped in ["Programme", "Share on VK", "Like", "Read also", "Another session", "Most read", "cookies", "rights reserved", "Search the site", "not text", "color"] {
            #expect(!all.contains(dropped), "\(dropped) should be dropped")
        }
    }

    @Test("Russian page: lang, og:title, published time as the date, <q> in guillemets")
    func russianPage() throws {
        let page = """
        <html lang="ru-RU"><head>
        <title>Россия и Китай — Информационная система форума</title>
        <meta property="article:published_time" content="2018-09-13T08:00:00Z">
        <meta property="og:url" content="https://example.org/ru/1234">
        </head><body>
        <h2>Поддержка туризма</h2>
        <p>Ван Пин, председатель Китайской туристической палаты, напомнил: <q>Мы отправили в Россию
        более 1,5 млн туристов</q>.</p>
        <dl><dt>Участники</dt><dd>Чжоу Лицюнь, генеральный директор</dd></dl>
        </body></html>
        """
        let document = try HTMLReader().read(page)
        #expect(document.metadata.language == .ru)
        #expect(document.metadata.title == "Россия и Китай — Информационная система форума")
        #expect(document.metadata.date == "2018-09-13")
        #expect(document.metadata.source == "https://example.org/ru/1234")
        #expect(document.blocks.map(\.text) == [
            "Поддержка туризма",
            "Ван Пин, председатель Китайской туристической палаты, напомнил: «Мы отправили в Россию более 1,5 млн туристов».",
            "Участники", "Чжоу Лицюнь, генеральный директор",
        ])
        #expect(document.blocks[0].kind == .heading(level: 2))
        #expect(document.blocks[1].line == 7)
    }

    @Test("malformed markup: unclosed tags, stray <, unknown entities, a tag cut off at the end")
    func malformed() throws {
        let page = """
        <div><p>First paragraph, never closed
        <p>Second with a stray < sign and a <3 heart, &unknown; &amp and 5 &lt 7
        <li>An item without a list<li>Another item
        <h2>Heading <em>without end
        <p>Last words <b>bold <i>nested</b> text</i>
        <!-- a comment that never ends
        """
        let document = try HTMLReader().read(page)
        #expect(document.blocks.map(\.text) == [
            "First paragraph, never closed",
            "Second with a stray < sign and a <3 heart, &unknown; & and 5 < 7",
            "An item without a list", "Another item", "Heading without end", "Last words bold nested text",
        ])
        // As in a browser, the last paragraph is still inside the unclosed <li>; the <p> closes the open heading.
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem, .heading(level: 2), .listItem])
        #expect(document.blocks.map(\.line) == [1, 2, 3, 3, 4, 5])
    }

    @Test("double <br> ends a paragraph; single <br> is a space; a script that never closes drops the rest")
    func breaksAndUnclosedScript() throws {
        let page = "<body><div>Line one<br>still one<br/><br>Line two</div><script>never closed <p>text</p>"
        let document = try HTMLReader().read(page)
        #expect(document.blocks.map(\.text) == ["Line one still one", "Line two"])
    }

    @Test("a page with only furniture has no readable text")
    func onlyFurniture() {
        let page = "<html><head><title>Forum</title></head><body><nav>Home</nav><footer>© Forum</footer></body></html>"
        #expect(throws: ReadError.noText(format: .html)) { try HTMLReader().read(page) }
    }
}
