/// Which topic ids a `topic:` value names, and which values name none, so that a topic typed as a
/// reader would say it ("education", "logistics", "transport logistics") finds its topic, and a
/// value that names no topic of the knowledge base is said to, rather than silently matching nothing.
public enum TopicNames {
    /// Indices into `names` (topic ids such as "transport_logistics") of the topics `value` names:
    /// the id itself, an id it begins ("transport logistics"), or, for one word, every id it is a
    /// word of ("logistics").
    public static func matching(_ value: String, in names: [String]) -> [Int] {
        let words = value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty else { return [] }
        let wanted = words.joined(separator: "_")
        return names.indices.filter { index in
            let name = names[index]
            return name == wanted || name.hasPrefix(wanted + "_") || (words.count == 1 && name.split(separator: "_").contains(words[0]))
        }
    }

    /// The values of `values` that name none of the topic ids `known`.
    public static func unknown(_ values: [String], known: [String]) -> [String] {
        values.filter { matching($0, in: known).isEmpty }
    }
}
