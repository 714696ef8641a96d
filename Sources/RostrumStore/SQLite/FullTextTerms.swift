import RostrumModel
import RostrumText

/// The terms a document's quotes add to the full-text index, analysed before the writer is taken.
///
/// Analysing text (folding, stemming) was an eighth of the single writer's time; done here it runs
/// on every core with the rest of a batch's preparation. Each column is handed to `quote_fts` as
/// `marker` followed by its terms separated by spaces, which `RostrumTokenizer` passes through as
/// they are, so the index holds exactly the terms and positions that analysing the text would give.
/// The same form is what `quote_fts` keeps as content: a deletion tokenizes it again to the same
/// terms. Nothing reads that content otherwise (snippets are made from `quotes.text`).
struct FullTextTerms: Sendable {
    /// The bytes that open a column of pre-analysed terms; no text the readers produce starts with
    /// these two control characters.
    static let marker: [UInt8] = [0x01, 0x1F]

    var title: String
    /// One per section.
    var headings: [String]
    /// One per quote, in `ExtractedDocument.allQuotes` order: the quote text's terms.
    var texts: [String]
    /// One per quote, in the same order: the terms of the speaker line (`speakerLine`).
    var speakers: [String]

    /// The columns of every quote of `document`.
    init(document: ExtractedDocument) {
        let stream = TermStream()
        title = Self.terms(of: document.title ?? "", stream)
        headings = document.sections.map { Self.terms(of: $0.heading ?? "", stream) }
        texts = []
        speakers = []
        // A speaker's line repeats on each of their quotes: analysed once per document.
        var lines: [String: String] = [:]
        for section in document.sections {
            for quote in section.quotes {
                texts.append(Self.terms(of: quote.text, stream))
                let line = Self.speakerLine(quote.speaker)
                if let known = lines[line] {
                    speakers.append(known)
                } else {
                    let terms = Self.terms(of: line, stream)
                    lines[line] = terms
                    speakers.append(terms)
                }
            }
        }
    }

    /// The speaker column of a quote: name, position and organisation, separated by commas.
    static func speakerLine(_ speaker: Speaker?) -> String {
        guard let speaker else { return "" }
        return [speaker.name, speaker.position, speaker.organization].compactMap { $0 }.joined(separator: ", ")
    }

    /// `text` as a column of pre-analysed terms; empty when the text has none (as an empty text).
    static func terms(of text: String, _ stream: TermStream = TermStream()) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { bytes in
            stream.forEachTerm(in: bytes) { term, _, _ in
                if out.isEmpty { out.append(contentsOf: marker) } else { out.append(0x20) }
                out.append(contentsOf: term)
                return true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The length of the marker when `bytes` open with it, else nil.
    static func markerLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= marker.count, bytes[0] == marker[0], bytes[1] == marker[1] else { return nil }
        return marker.count
    }
}
