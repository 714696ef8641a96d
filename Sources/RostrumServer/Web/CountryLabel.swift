import RostrumExtraction

/// Country names for people: the gazetteer's first English name ("China") for an ISO code ("CN");
/// a code the gazetteer does not know is shown as it is.
enum CountryLabel {
    /// Names by code, read once from the bundled gazetteer (immutable after that).
    private static let names: [String: String] = {
        guard let gazetteer = try? Gazetteer.bundled() else { return [:] }
        var names: [String: String] = [:]
        for country in gazetteer.countries {
            if let name = country.names["en"]?.first { names[country.code] = name }
        }
        return names
    }()

    /// The name of country `code`.
    static func name(_ code: String) -> String {
        names[code] ?? code
    }
}
