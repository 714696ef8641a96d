public import RostrumModel

extension Indicator {
    /// A summary line: id, names, unit, measure, counts and years.
    public var summaryJSON: JSONValue {
        .object([
            ("id", .string(id)), ("indicator", .string(definition.id)), ("name", .string(definition.en)), ("name_ru", .string(definition.ru)),
            ("scope", .string(scope)),
            ("unit", unit.map(JSONValue.string) ?? .null), ("measure", .string(measure.rawValue)),
            ("reports", .integer(reported.count)), ("targets", .integer(targets.count)),
            ("first_year", years.map { .integer($0.lowerBound) } ?? .null), ("last_year", years.map { .integer($0.upperBound) } ?? .null),
        ])
    }

    /// The summary and every observation behind it.
    public var jsonValue: JSONValue {
        guard case .object(var fields) = summaryJSON else { return summaryJSON }
        fields.append(("observations", .array(observations.map(\.jsonValue))))
        return .object(fields)
    }
}

extension TargetAssessment {
    /// The target, its status, the explanation and the evidence.
    public var jsonValue: JSONValue {
        .object([
            ("indicator_id", .string(indicatorID)), ("indicator", .string(indicatorName)), ("status", .string(status.rawValue)),
            ("explanation", .string(explanation)), ("projected", projected.map(JSONValue.number) ?? .null),
            ("target", target.jsonValue), ("evidence", .array(evidence.map(\.jsonValue))),
        ])
    }
}

extension FigureConflict {
    /// The indicator, the year, the spread and the reports that disagree.
    public var jsonValue: JSONValue {
        .object([
            ("indicator_id", .string(indicatorID)), ("indicator", .string(indicatorName)), ("year", .integer(year)),
            ("spread", .number(spread)), ("reports_total", .integer(reportCount)), ("reports", .array(observations.map(\.jsonValue))),
        ])
    }
}
