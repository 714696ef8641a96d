public import RostrumModel

/// Provisional stand-in, replaced by the Topics stage's classifier.
public struct SectionKindClassifier: Sendable {
    public init() {}

    public func groupLabelKind(_ text: String) -> SectionKind? {
        let folded = text.lowercased().trimmingCharacters(in: [" ", ":"])
        switch folded {
        case "key conclusions", "conclusions", "ключевые выводы", "выводы": return .conclusion
        case "problems", "challenges", "проблемы": return .problem
        case "solutions", "proposals", "recommendations", "решения", "предложения", "рекомендации": return .solution
        default: return nil
        }
    }

    public func kind(heading: String?, group: String?) -> SectionKind {
        if let group, let kind = groupLabelKind(group) { return kind }
        return .other
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
