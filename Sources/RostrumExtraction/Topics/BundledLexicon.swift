import Foundation

/// Reads a lexicon file bundled with RostrumExtraction (the one I/O the Topics stage does).
enum BundledLexicon {
    /// The bytes of `Resources/<name>.json`, or an error naming the file.
    static func data(named name: String) throws -> Data {
        let file = "\(name).json"
        guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
            throw LexiconError(
                source: file, field: "",
                reason: "the bundled file is missing from the RostrumExtraction resources; rebuild the package")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw LexiconError(source: file, field: "", reason: "the bundled file cannot be read (\(error))")
        }
    }

    /// Decodes `data` as `T`, turning decoding failures into a `LexiconError` naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, source: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw LexiconError.decoding(error, source: source)
        } catch let error as LexiconError {
            throw error
        } catch {
            throw LexiconError(source: source, field: "", reason: "cannot be decoded (\(error))")
        }
    }

    /// Checks the trigger notation of every pattern in `patterns`, naming the first bad one.
    static func validate(_ patterns: [String], field: String, source: String, context: String) throws {
        for (index, pattern) in patterns.enumerated() {
            if case .failure(let error) = PhrasePattern.expand(pattern) {
                throw LexiconError(source: source, field: "\(field)[\(index)]", reason: "\(error.reason) (\(context))")
            }
        }
    }
}
