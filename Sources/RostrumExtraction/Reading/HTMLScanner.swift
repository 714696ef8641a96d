import RostrumModel

/// The state machine behind `HTMLReader`: walks the bytes once, keeps a stack of open elements
/// to know what is dropped and what kind of block text belongs to, and collects metadata.
struct HTMLScanner {
    /// An element still open on the stack.
    private struct Open {
        var name: String
        var traits: Traits
        var drops: Bool
        /// The block kind text inside this element takes, inherited from the parent.
        var context: BlockKind
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var stack: [Open] = []
    private var dropDepth = 0
    private var acc = TextAccumulator()
    private var blockKind = BlockKind.paragraph
    private var blockLine = 1
    private var lastWasBreak = false
    private(set) var blocks: [Block] = []

    private var titleText: String?
    private var ogTitle: String?
    private var rostrumTitle: String?
    private var event: String?
    private var rostrumDate: String?
    private var timeDate: String?
    private var publishedDate: String?
    private var rostrumSource: String?
    private var canonical: String?
    private var ogURL: String?
    private var htmlLang: String?
    private var contentLanguage: String?
    private var ogLocale: String?

    init(bytes: [UInt8]) {
        self.bytes = bytes
        blocks.reserveCapacity(bytes.count / 400 + 4)
    }

    /// The metadata found, with the documented precedence.
    func metadata() -> DocumentMetadata {
        var metadata = DocumentMetadata()
        // The first of each list that is set (and for dates and languages, that is understood).
        if let title = rostrumTitle, !title.isEmpty {
            metadata.title = title
        } else if let title = ogTitle, !title.isEmpty {
            metadata.title = title
        } else if let title = titleText, !title.isEmpty {
            metadata.title = title
        }
        metadata.event = event
        metadata.date = rostrumDate.flatMap(DateNormalizer.isoDate(from:)) ?? timeDate.flatMap(DateNormalizer.isoDate(from:))
            ?? publishedDate.flatMap(DateNormalizer.isoDate(from:))
        metadata.source = rostrumSource ?? canonical ?? ogURL
        metadata.language = htmlLang.flatMap(MetadataHeader.language(named:)) ?? contentLanguage.flatMap(MetadataHeader.language(named:))
            ?? ogLocale.flatMap(MetadataHeader.language(named:))
        return metadata
    }

    /// Scans the whole document.
    mutating func run() {
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x3C {
                if let tag = HTMLTag.parse(bytes, at: i) {
                    line += tag.newlines
                    i = tag.end
                    handle(tag)
                    continue
                }
                text(from: i, to: i + 1)
                i += 1
                continue
            }
            if b == 0x26 {
                if let (scalar, length) = HTMLEntities.reference(bytes, at: i, end: n) {
                    if dropDepth == 0 {
                        startBlockIfNeeded()
                        let before = acc.bytes.count
                        acc.append(scalar)
                        if acc.bytes.count != before { lastWasBreak = false }
                    }
                    i += length
                    continue
                }
                text(from: i, to: i + 1)
                i += 1
                continue
            }
            if b == 0x0A || b == 0x0D {
                if b == 0x0A || i + 1 >= n || bytes[i + 1] != 0x0A { line += 1 }
                if dropDepth == 0 { acc.appendSpace() }
                i += 1
                continue
            }
            var j = i + 1
            while j < n {
                let c = bytes[j]
                if c == 0x3C || c == 0x26 || c == 0x0A || c == 0x0D { break }
                j += 1
            }
            text(from: i, to: j)
            i = j
        }
        flush()
    }

    private var context: BlockKind { stack.last?.context ?? .paragraph }

    /// Records where a block starts, before its first visible character is appended.
    @inline(__always)
    private mutating func startBlockIfNeeded() {
        if acc.isEmpty {
            blockKind = context
            blockLine = line
        }
    }

    private mutating func text(from start: Int, to end: Int) {
        guard dropDepth == 0 else { return }
        if acc.isEmpty {
            blockKind = context
            blockLine = line
        }
        let before = acc.bytes.count
        acc.append(bytes, from: start, to: end)
        if acc.bytes.count != before { lastWasBreak = false }
    }

    private mutating func flush() {
        if !acc.isEmpty { blocks.append(Block(kind: blockKind, text: acc.take(), line: blockLine)) }
        lastWasBreak = false
    }

    private mutating func handle(_ tag: HTMLTag) {
        switch tag.kind {
        case .ignorable:
            return
        case .end:
            handleEnd(tag.name)
        case .start:
            handleStart(tag)
        }
    }

    private mutating func handleEnd(_ name: String) {
        if name == "br" {
            lineBreak()
            return
        }
        if Self.traits(of: name).contains(.block) { flush() }
        if name == "q", dropDepth == 0 { acc.append(quoteMarks.close) }
        guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
        pop(to: index)
    }

    private mutating func pop(to index: Int) {
        while stack.count > index {
            if let last = stack.popLast(), last.drops { dropDepth -= 1 }
        }
    }

    private mutating func lineBreak() {
        guard dropDepth == 0 else { return }
        if lastWasBreak && !acc.isEmpty {
            flush()
        } else {
            acc.appendSpace()
            lastWasBreak = true
        }
    }

    private mutating func handleStart(_ tag: HTMLTag) {
        let name = tag.name
        switch name {
        case "br":
            lineBreak()
            return
        case "meta":
            readMeta(tag)
            return
        case "link":
            if let rel = tag.attribute("rel")?.lowercasedFast(), rel.split(separator: " ").contains("canonical"),
               let href = tag.attribute("href"), !href.isEmpty {
                canonical = canonical ?? href
            }
            return
        case "html":
            if let lang = tag.attribute("lang"), !lang.isEmpty { htmlLang = htmlLang ?? lang }
        case "time":
            if timeDate == nil, dropDepth == 0, let datetime = tag.attribute("datetime"),
               DateNormalizer.isoDate(from: datetime) != nil {
                timeDate = datetime
            }
        default:
            break
        }
        let traits = Self.traits(of: name)
        if traits.contains(.rawText) {
            skipRawText(name)
            return
        }
        if traits.contains(.void) {
            if name == "hr" { flush() }
            return
        }
        if traits.contains(.block) {
            closeImplicitly(name, traits: traits)
            flush()
        }
        if name == "q", dropDepth == 0 {
            startBlockIfNeeded()
            acc.append(quoteMarks.open)
        }
        guard !tag.selfClosing else { return }
        let drops = dropsElement(tag, traits: traits)
        if stack.count >= 1024 && !drops { return }  // pathological nesting: stop tracking inline elements
        var kind = context
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            kind = .heading(level: Int((name.utf8.last ?? 0x31) - 0x30))
        case "li": kind = .listItem
        case "blockquote": kind = .blockQuote
        default: break
        }
        stack.append(Open(name: name, traits: traits, drops: drops, context: kind))
        if drops { dropDepth += 1 }
    }

    /// Closes what a new block start closes implicitly: an open `<p>`, a sibling `<li>`,
    /// `<dd>`/`<dt>`, `<td>`/`<th>`, `<tr>`, or a heading left open before a paragraph or heading.
    private mutating func closeImplicitly(_ name: String, traits: Traits) {
        var k = stack.count - 1
        while k >= 0 {
            let open = stack[k].name
            let openTraits = stack[k].traits
            if open == "p" || (HTMLScanner.isHeading(open) && traits.contains(.headingCloser)) {
                pop(to: k)
                return
            }
            switch (name, open) {
            case ("li", "li"), ("dd", "dd"), ("dd", "dt"), ("dt", "dd"), ("dt", "dt"), ("td", "td"), ("td", "th"),
                 ("th", "td"), ("th", "th"), ("tr", "tr"):
                pop(to: k)
                return
            default:
                break
            }
            // Look further up only through inline elements and list/table cells.
            if openTraits.contains(.scope) { return }
            if !openTraits.contains(.inline) && !openTraits.contains(.cell) { return }
            k -= 1
        }
    }

    private static func isHeading(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count == 2, let first = utf8.first, let last = utf8.last else { return false }
        return first == 0x68 && last >= 0x31 && last <= 0x36
    }

    /// Block starts that end a heading left open (a `<div>` inside a heading does not).
    private static let headingClosers: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "table", "blockquote", "pre", "hr",
    ]

    private static let cellElements: Set<String> = ["li", "dd", "dt", "td", "th", "tr"]

    private func dropsElement(_ tag: HTMLTag, traits: Traits) -> Bool {
        let name = tag.name
        if traits.contains(.dropped) { return true }
        if name == "header" {
            return !stack.contains { $0.name == "article" || $0.name == "main" }
        }
        if tag.attributes.isEmpty || name == "html" || name == "body" || name == "main" || name == "article" {
            return false
        }
        for (attribute, value) in tag.attributes {
            switch attribute {
            case "class", "id":
                if HTMLScanner.matchesBoilerplate(value) { return true }
            case "role":
                let role = value.lowercasedFast()
                if role == "navigation" || role == "contentinfo" || role == "complementary" || role == "banner" {
                    return true
                }
            case "hidden":
                return true
            default:
                break
            }
        }
        return false
    }

    /// True when a class or id value contains one of the boilerplate markers.
    static func matchesBoilerplate(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { haystack in
            boilerplateMarkers.contains { containsIgnoringASCIICase(haystack, $0) }
        }
    }

    /// True when `haystack` contains the lower-case `needle`, ignoring ASCII case.
    private static func containsIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var k = 0
        let last = haystack.count - needle.count
        while k <= last {
            if haystack[k] | 0x20 == first {
                var m = 1
                while m < needle.count && (haystack[k + m] >= 0x41 && haystack[k + m] <= 0x5A ? haystack[k + m] | 0x20 : haystack[k + m]) == needle[m] {
                    m += 1
                }
                if m == needle.count { return true }
            }
            k += 1
        }
        return false
    }

    /// Skips the content of `<script>`, `<style>` and other raw-text elements up to their end
    /// tag; the content of `<title>` becomes the page title.
    private mutating func skipRawText(_ name: String) {
        let n = bytes.count
        let nameBytes = Array(name.utf8)
        var j = i
        var close = n
        var after = n
        while j + 1 < n {
            if bytes[j] == 0x3C && bytes[j + 1] == 0x2F {
                var m = 0
                while m < nameBytes.count && j + 2 + m < n && (bytes[j + 2 + m] | 0x20) == nameBytes[m] { m += 1 }
                let k = j + 2 + m
                if m == nameBytes.count && (k >= n || bytes[k] == 0x3E || UTF8Text.isASCIISpace(bytes[k]) || bytes[k] == 0x2F) {
                    close = j
                    var e = k
                    while e < n && bytes[e] != 0x3E { e += 1 }
                    after = min(e + 1, n)
                    break
                }
            }
            j += 1
        }
        if name == "title", titleText == nil, !stack.contains(where: { $0.name == "svg" }) {
            let title = HTMLTag.attributeValue(bytes, from: i, to: close)
            if !title.isEmpty { titleText = title }
        }
        line += HTMLTag.lineBreaks(bytes, from: i, to: after)
        i = after
    }

    private mutating func readMeta(_ tag: HTMLTag) {
        guard let content = tag.attribute("content"), !content.isEmpty else { return }
        guard let key = (tag.attribute("name") ?? tag.attribute("property") ?? tag.attribute("itemprop")
            ?? tag.attribute("http-equiv"))?.lowercasedFast() else { return }
        switch key {
        case "rostrum:event": event = event ?? content
        case "rostrum:date": rostrumDate = rostrumDate ?? content
        case "rostrum:title": rostrumTitle = rostrumTitle ?? content
        case "rostrum:source": rostrumSource = rostrumSource ?? content
        case "og:title": ogTitle = ogTitle ?? content
        case "article:published_time", "datepublished", "dc.date", "date": publishedDate = publishedDate ?? content
        case "og:url": ogURL = ogURL ?? content
        case "og:locale": ogLocale = ogLocale ?? content
        case "content-language", "language", "dc.language": contentLanguage = contentLanguage ?? content
        default: break
        }
    }

    private var quoteMarks: (open: String, close: String) {
        if let lang = htmlLang, MetadataHeader.language(named: lang) == .ru { return ("«", "»") }
        return ("“", "”")
    }

    private static let boilerplateMarkers: [[UInt8]] = [
        "share", "footer", "related", "read-also", "read_also", "readalso", "cookie", "menu", "breadcrumb",
        "subscribe", "social", "advert",
    ].map { Array($0.utf8) }

    /// What the scanner needs to know of an element name, found with one look-up per tag
    /// instead of one per set.
    private struct Traits: OptionSet {
        let rawValue: UInt16
        static let block = Traits(rawValue: 1 << 0)
        static let rawText = Traits(rawValue: 1 << 1)
        static let void = Traits(rawValue: 1 << 2)
        static let dropped = Traits(rawValue: 1 << 3)
        static let inline = Traits(rawValue: 1 << 4)
        static let scope = Traits(rawValue: 1 << 5)
        static let cell = Traits(rawValue: 1 << 6)
        static let headingCloser = Traits(rawValue: 1 << 7)
    }

    /// The traits of every element name in the sets below, looked up from the name's bytes
    /// (`PackedNameTable`) rather than by hashing the name as a `String`.
    private static let traitsByName: PackedNameTable<Traits> = {
        var table: [String: Traits] = [:]
        let sets: [(Set<String>, Traits)] = [
            (blockElements, .block), (rawTextElements, .rawText), (voidElements, .void), (droppedElements, .dropped),
            (inlineElements, .inline), (scopeElements, .scope), (cellElements, .cell), (headingClosers, .headingCloser),
        ]
        for (names, trait) in sets {
            for name in names { table[name, default: []].insert(trait) }
        }
        return PackedNameTable(table.map { ($0.key, $0.value) })
    }()

    @inline(__always)
    private static func traits(of name: String) -> Traits {
        traitsByName.value(of: name) ?? []
    }

    private static let droppedElements: Set<String> = [
        "script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "button", "iframe", "template",
        "select", "textarea", "object", "canvas", "video", "audio", "dialog", "menu", "math",
    ]

    private static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "noscript", "template"]

    private static let voidElements: Set<String> = [
        "area", "base", "col", "embed", "hr", "img", "input", "param", "source", "track", "wbr", "keygen",
    ]

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "iframe",
    ]

    private static let scopeElements: Set<String> = [
        "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "blockquote", "div", "section", "article", "main",
        "body", "html",
    ]

    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "label", "strike", "tt", "big", "nobr",
    ]
}
