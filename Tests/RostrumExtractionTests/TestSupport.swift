import Foundation
import RostrumExtraction
import RostrumModel

/// Loads a fixture document bundled with the tests.
func fixture(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
        throw FixtureError.missing(name)
    }
    return try String(contentsOf: url, encoding: .utf8)
}

enum FixtureError: Error { case missing(String) }

/// Runs the whole pipeline on a text, as `rostrum extract` does.
func extract(_ text: String, options: ExtractionOptions = ExtractionOptions()) throws -> ExtractedDocument {
    try ExtractionPipeline().extract(text: text, options: options)
}

extension ExtractedDocument {
    /// The first quote whose text contains `fragment`.
    func quote(containing fragment: String) -> Quote? {
        allQuotes.first { $0.text.contains(fragment) }
    }
}
