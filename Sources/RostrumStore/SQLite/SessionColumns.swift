import Foundation
import RostrumModel

/// A session's large columns as stored: its raw text and its document JSON, deflated.
struct SessionColumns: Sendable {
    var raw: Data
    var document: Data

    /// Columns deflated already.
    init(raw: Data, document: Data) {
        self.raw = raw
        self.document = document
    }

    /// The columns of `document` and `raw` (the compact JSON of the extract contract).
    init(document: ExtractedDocument, raw: String) {
        self.raw = DeflatedText.deflate(raw)
        self.document = DeflatedText.deflate(document.jsonText(pretty: false))
    }
}
