public import Foundation

/// The indicators Rostrum groups figures into, read from a JSON file (the bundled
/// `indicators.json` or a user's own file of the same shape).
public struct IndicatorLexicon: Sendable {
    private struct File: Decodable {
        var version: Int
        var indicators: [IndicatorDefinition]
    }

    /// The definitions in file order.
    public let definitions: [IndicatorDefinition]

    /// Definitions given directly.
    public init(definitions: [IndicatorDefinition]) {
        self.definitions = definitions
    }

    /// Reads a lexicon file's bytes; `source` names the file in errors.
    /// - Throws: `IndicatorLexiconError` naming the file, the field and the reason.
    public init(data: Data, source: String) throws(IndicatorLexiconError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw IndicatorLexiconError(source: source, reason: Self.describe(error))
        } catch {
            throw IndicatorLexiconError(source: source, reason: "cannot be decoded (\(error))")
        }
        guard file.version == 1 else { throw IndicatorLexiconError(source: source, reason: "version \(file.version) is not supported (expected 1)") }
        var seen = Set<String>()
        for (index, definition) in file.indicators.enumerated() {
            if definition.id.isEmpty { throw IndicatorLexiconError(source: source, reason: "indicators[\(index)].id is empty") }
            if !seen.insert(definition.id).inserted {
                throw IndicatorLexiconError(source: source, reason: "indicators[\(index)].id “\(definition.id)” is used twice")
            }
            if definition.terms.isEmpty { throw IndicatorLexiconError(source: source, reason: "indicators[\(index)].terms is empty") }
        }
        definitions = file.indicators
    }

    /// The lexicon shipped with Rostrum.
    public static func bundled() throws(IndicatorLexiconError) -> IndicatorLexicon {
        guard let url = Bundle.module.url(forResource: "indicators", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { throw IndicatorLexiconError(source: "indicators.json", reason: "the bundled file is missing; rebuild the package") }
        return try IndicatorLexicon(data: data, source: "indicators.json")
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)).\(key.stringValue) is missing".trimmingCharacters(in: CharacterSet(charactersIn: "."))
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "not valid JSON: \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// A lexicon file that cannot be used, and why.
public struct IndicatorLexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var source: String
    public var reason: String

    /// An error.
    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "indicator lexicon \(source): \(reason)" }
}
