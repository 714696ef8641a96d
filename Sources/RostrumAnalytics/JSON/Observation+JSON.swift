public import RostrumModel

extension Observation {
    /// The observation as the API and `rostrum figures --format json` show it: the value and its evidence.
    public var jsonValue: JSONValue {
        let speakerJSON: JSONValue = speaker.map {
            .object([("name", .string($0.name)), ("position", $0.position.map(JSONValue.string) ?? .null),
                     ("organization", $0.organization.map(JSONValue.string) ?? .null)])
        } ?? .null
        let figureFields: [(String, JSONValue)] = [
            ("figure_id", .integer(Int(figureID))), ("surface", .string(figure.surface)), ("value", .number(figure.value)),
            ("value_max", figure.valueMax.map(JSONValue.number) ?? .null), ("unit", figure.unit.map(JSONValue.string) ?? .null),
            ("kind", .string(figure.kind.rawValue)), ("qualifier", figure.qualifier.map { .string($0.rawValue) } ?? .null),
            ("year", year.map(JSONValue.integer) ?? .null),
        ]
        let sourceFields: [(String, JSONValue)] = [
            ("quote_id", .integer(Int(quoteID))), ("quote", .string(quoteText)),
            ("speaker", speakerJSON), ("person_id", personID.map { .integer(Int($0)) } ?? .null), ("countries", .array(countries.map(JSONValue.string))),
            ("session_id", .integer(Int(sessionID))), ("session_title", sessionTitle.map(JSONValue.string) ?? .null),
            ("event", event.map(JSONValue.string) ?? .null), ("date", date.map(JSONValue.string) ?? .null),
        ]
        return .object(figureFields + sourceFields)
    }
}
