/// The `rostrum extract` JSON of each model value, keys in the contract's order (see DESIGN.md).
extension ExtractedDocument {
    /// The document as ordered JSON.
    public var jsonValue: JSONValue {
        .object([
            ("title", title.json), ("language", .string(language.rawValue)), ("event", event.json), ("date", date.json),
            ("source", source.json), ("sections", .array(sections.map(\.jsonValue))),
            ("speakers", .array(speakers.map(\.jsonValue))), ("warnings", .array(warnings.map(\.jsonValue))),
        ])
    }

    /// The JSON text of the document: pretty-printed, or one line for JSON Lines.
    public func jsonText(pretty: Bool) -> String {
        jsonValue.rendered(pretty: pretty)
    }
}

extension Section {
    /// The section as ordered JSON.
    public var jsonValue: JSONValue {
        .object([
            ("heading", heading.json), ("group", group.json), ("kind", .string(kind.rawValue)),
            ("topics", .array(topics.map(JSONValue.string))), ("countries", .array(countries.map(JSONValue.string))),
            ("quotes", .array(quotes.map(\.jsonValue))), ("paragraphs", .array(paragraphs.map(JSONValue.string))),
        ])
    }
}

extension Quote {
    /// The quote as ordered JSON.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [
            ("text", .string(text)), ("speaker", speaker?.jsonValue ?? .null), ("figures", .array(figures.map(\.jsonValue))),
            ("topics", .array(topics.map(JSONValue.string))), ("countries", .array(countries.map(JSONValue.string))),
            ("indirect", .bool(indirect)),
        ]
        if let line { members.append(("line", .integer(line))) }
        return .object(members)
    }
}

extension Speaker {
    /// The speaker as ordered JSON; `other_roles` only when there are more roles.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name)), ("position", position.json), ("organization", organization.json)]
        if !otherRoles.isEmpty {
            members.append(("other_roles", .array(otherRoles.map { .object([("position", $0.position.json), ("organization", $0.organization.json)]) })))
        }
        return .object(members)
    }
}

extension Figure {
    /// The figure as ordered JSON.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("surface", .string(surface)), ("value", .number(value))]
        if let valueMax { members.append(("value_max", .number(valueMax))) }
        members += [
            ("unit", unit.json), ("kind", .string(kind.rawValue)), ("qualifier", qualifier.map { .string($0.rawValue) } ?? .null),
            ("year", year.json), ("subject", subject.json),
        ]
        if let offset { members.append(("offset", .integer(offset))) }
        return .object(members)
    }
}

extension SpeakerSummary {
    /// The summary as ordered JSON.
    public var jsonValue: JSONValue {
        .object([("name", .string(name)), ("position", position.json), ("organization", organization.json), ("quotes", .integer(quotes))])
    }
}

extension ExtractionWarning {
    /// The warning as ordered JSON.
    public var jsonValue: JSONValue {
        .object([("code", .string(code.rawValue)), ("message", .string(message)), ("line", line.json)])
    }
}
