/// Reads an HTML session page with a small, tolerant tag scanner (no XML parser: real pages
/// are rarely well-formed).
///
/// `<h1>`–`<h6>` become headings, `<li>` list items, `<blockquote>` block quotes, and the text
/// of `<p>`, `<dd>`, `<div>` and other blocks paragraphs; `<br>` is a space (two in a row end a
/// paragraph), `<q>` gets quote marks. Page furniture is dropped: `script`, `style`, `nav`,
/// `header` (outside an article), `footer`, `aside`, `form`, `noscript`, `svg`, `button`…, and
/// any element whose class or id mentions "share", "footer", "related", "read-also", "cookie" or
/// "menu". Metadata comes from `<title>`, `og:title`, `rostrum:event`, `rostrum:date`,
/// `<time datetime>`, `article:published_time`, `<link rel="canonical">` and `<html lang>`.
/// Unclosed tags, stray `<` and unknown entities never stop the reader.
public struct HTMLReader: DocumentReader {
    /// Creates a reader; it holds no state and can be shared.
    public init() {}

    /// Always `.html`.
    public var format: SourceFormat { .html }

    /// Reads `text`; throws `.empty`, `.binary` or `.noText`.
    public func read(_ text: String) throws(ReadError) -> SourceDocument {
        try read(utf8: Array(text.utf8))
    }

    /// Reads a text given as its UTF-8 bytes (`Array(text.utf8)`).
    func read(utf8: [UInt8]) throws(ReadError) -> SourceDocument {
        var scanner = HTMLScanner(bytes: try ReadInput(bytes: utf8).bytes)
        scanner.run()
        return try document(blocks: scanner.blocks, metadata: scanner.metadata())
    }
}
