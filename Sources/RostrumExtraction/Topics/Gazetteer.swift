public import Foundation

/// The countries Rostrum recognises in text: ISO codes with their names and adjectives.
///
/// The bundled default (`Resources/countries.json`) lists about a hundred countries seen at
/// economic forums, in English and Russian; a user may replace it with a file of the same shape:
///
/// ```json
/// { "version": 1,
///   "countries": [ { "code": "CN", "names": { "en": ["China", "Chinese", "PRC"],
///                                            "ru": ["Кита{й,я,ю,ем,е}", "КНР"] } } ],
///   "ignore": { "en": ["Latin America"] } }
/// ```
///
/// A capitalised name needs a capital in the text and an all-capitals one needs all capitals,
/// so "US" is not the pronoun "us". `ignore` lists phrases that contain a country word but
/// name no country ("Indian Ocean"). `{a,b}` lists alternative endings.
public struct Gazetteer: Sendable, Hashable, Codable {
    /// Format version of the file; 1 today.
    public var version: Int
    /// The countries, each with its names by language.
    public var countries: [Country]
    /// Phrases by language that look like a country's name but are not one.
    public var ignore: [String: [String]]

    /// One country: its ISO 3166-1 alpha-2 code and the ways the text names it.
    public struct Country: Sendable, Hashable, Codable {
        /// ISO 3166-1 alpha-2 code, such as "CN".
        public var code: String
        /// Names, short names and adjectives by language code.
        public var names: [String: [String]]

        /// Creates a country entry.
        public init(code: String, names: [String: [String]]) {
            self.code = code
            self.names = names
        }
    }

    /// Creates a gazetteer (not validated; an empty one finds nothing).
    public init(countries: [Country], ignore: [String: [String]] = [:], version: Int = 1) {
        self.countries = countries
        self.ignore = ignore
        self.version = version
    }

    /// A gazetteer without countries.
    public static let empty = Gazetteer(countries: [])

    enum CodingKeys: String, CodingKey { case version, countries, ignore }

    /// Decodes a gazetteer; `version` defaults to 1 and `ignore` to nothing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        countries = try container.decode([Country].self, forKey: .countries)
        ignore = try container.decodeIfPresent([String: [String]].self, forKey: .ignore) ?? [:]
    }

    /// Reads and checks a gazetteer from the contents of a user's JSON file.
    ///
    /// - Parameter source: the name to show in errors, such as the file name.
    /// - Throws: `LexiconError` naming the field at fault.
    public init(json: Data, source: String = "countries") throws {
        let decoded = try BundledLexicon.decode(Gazetteer.self, from: json, source: source)
        try decoded.validate(source: source)
        self = decoded
    }

    /// Reads and checks a gazetteer from JSON text.
    public init(json: String, source: String = "countries") throws {
        try self.init(json: Data(json.utf8), source: source)
    }

    /// The default gazetteer bundled with Rostrum (`Resources/countries.json`).
    public static func bundled() throws -> Gazetteer {
        try Gazetteer(json: BundledLexicon.data(named: "countries"), source: "countries.json")
    }

    /// Checks codes, duplicates and name notation.
    func validate(source: String) throws {
        if version != 1 {
            throw LexiconError(source: source, field: "version", reason: "unsupported version \(version); expected 1")
        }
        var seen: [String: Int] = [:]
        for (index, country) in countries.enumerated() {
            let field = "countries[\(index)]"
            let letters = country.code.unicodeScalars
            if letters.count != 2 || !letters.allSatisfy({ ("A"..."Z").contains($0) }) {
                throw LexiconError(
                    source: source, field: field + ".code",
                    reason: "\"\(country.code)\" is not an ISO 3166-1 alpha-2 code (two capital letters, such as \"CN\")")
            }
            if let earlier = seen[country.code] {
                throw LexiconError(
                    source: source, field: field + ".code",
                    reason: "\"\(country.code)\" is already the code of countries[\(earlier)]")
            }
            seen[country.code] = index
            var count = 0
            for (language, names) in country.names.sorted(by: { $0.key < $1.key }) {
                try BundledLexicon.validate(
                    names, field: "\(field).names.\(language)", source: source, context: "country \(country.code)")
                count += names.count
            }
            if count == 0 {
                throw LexiconError(source: source, field: field + ".names", reason: "country \(country.code) has no names")
            }
        }
        for (language, phrases) in ignore.sorted(by: { $0.key < $1.key }) {
            try BundledLexicon.validate(phrases, field: "ignore.\(language)", source: source, context: "ignored phrase")
        }
    }
}
