public import RostrumModel

/// Decides whether a section states conclusions, problems or solutions (docs/FORMATS.md).
///
/// A group label above the section ("Key conclusions", «Решения») decides first; otherwise the
/// heading's own words do ("barriers", "underused", "not implemented" → problem; "increasing",
/// "supporting", "expansion of" → solution). When cues of different kinds appear, the earliest
/// wins: "Lifting trade barriers" is a solution, "Plans to increase trade not implemented" a
/// problem. Headings are short, so this works on folded words, not on the analyzer's stems.
public struct SectionKindClassifier: Sendable {
    /// Creates a classifier with the built-in English and Russian cues.
    public init() {}

    /// The kind of a section from its group label and its heading; `.other` when nothing says.
    public func kind(heading: String?, group: String?) -> SectionKind {
        if let group {
            if let kind = isGroupLabel(group) { return kind }
            let kind = kind(ofHeading: group)
            if kind != .other { return kind }
        }
        guard let heading else { return .other }
        return kind(ofHeading: heading)
    }

    /// The kind a standalone line names when it is a group label ("Problems:", «Ключевые выводы»), else nil.
    public func isGroupLabel(_ text: String) -> SectionKind? {
        var copy = text
        if let answer = copy.withUTF8({ Self.groupLabel(ofBytes: $0) }) { return answer }
        let words = Self.words(of: text)
        guard !words.isEmpty, words.count <= 4 else { return nil }
        let joined = String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
        return Self.groupLabels[joined]
    }

    /// `isGroupLabel` on UTF-8 bytes of ASCII and basic Russian letters: the words of
    /// `words(of:)` folded and joined in one small buffer, then compared with the labels' bytes.
    /// `.some(nil)` when no label matches; nil when a scalar outside ASCII, А…я, Ё and ё needs
    /// the general path.
    static func groupLabel(ofBytes text: UnsafeBufferPointer<UInt8>) -> SectionKind?? {
        // Every label is shorter than the buffer; a longer joined text matches none.
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { out -> SectionKind?? in
            var length = 0
            var wordStart = 0
            var words = 0
            var inWord = false
            var digitsOnly = true
            func put(_ byte: UInt8) {
                if length < out.count { out[length] = byte }
                length += 1
            }
            // Ends the word being read: a number alone is no word, and goes with the space before it.
            func flush() {
                guard inWord else { return }
                if digitsOnly {
                    length = wordStart > 0 ? wordStart - 1 : 0
                } else {
                    words += 1
                }
                inWord = false
            }
            let n = text.count
            var i = 0
            while i < n {
                let b = text[i]
                var lead: UInt8
                var tail: UInt8 = 0
                var digit = false
                if b < 0x80 {
                    i += 1
                    if b &- 0x30 < 10 {
                        lead = b
                        digit = true
                    } else if (b | 0x20) &- 0x61 < 26 {
                        lead = b | 0x20
                    } else {
                        flush()
                        if words > 4 { return .some(nil) }
                        continue
                    }
                } else {
                    guard i + 1 < n else { return nil }
                    let c = text[i + 1]
                    // U+0080…U+00BF but ª, µ, º, and U+2000…U+203F (spaces, dashes, quote marks,
                    // bullets): no letters, so they separate words.
                    if (b == 0xC2 && c != 0xAA && c != 0xB5 && c != 0xBA) || (b == 0xE2 && c == 0x80) {
                        i += b == 0xC2 ? 2 : 3
                        flush()
                        if words > 4 { return .some(nil) }
                        continue
                    }
                    guard b == 0xD0 || b == 0xD1 else { return nil }
                    i += 2
                    guard let folded = FastCase.foldedRussian(b, c) else { return nil }
                    (lead, tail) = folded
                }
                if !inWord {
                    if length > 0 { put(0x20) }
                    wordStart = length
                    inWord = true
                    digitsOnly = true
                }
                if !digit { digitsOnly = false }
                put(lead)
                if tail != 0 { put(tail) }
            }
            flush()
            guard words > 0, words <= 4, length <= out.count else { return .some(nil) }
            let joined = UnsafeRawBufferPointer(rebasing: out[0..<length])
            for (label, kind) in groupLabelBytes where label.count == length && joined.elementsEqual(label) { return kind }
            return .some(nil)
        }
    }

    /// `groupLabels` as UTF-8 bytes.
    private static let groupLabelBytes = groupLabels.map { (Array($0.key.utf8), $0.value) }

    /// The kind a heading's words suggest, by the earliest cue; `.other` without cues.
    public func kind(ofHeading heading: String) -> SectionKind {
        let words = HeadingWords(heading)
        for start in 0..<words.count {
            guard let key = words.key(start), let bucket = Self.cuesByStart[key] else { continue }
            var best: Cue?
            for cue in bucket where cue.matches(words, at: start) {
                if cue.words.count > (best?.words.count ?? 0) { best = cue }
            }
            if let best { return best.kind }
        }
        return .other
    }

    /// Lower-case words of `text` as UTF-8 bytes (letters and digits), ё folded to е; numbers
    /// alone are dropped. ASCII and Cyrillic are folded inline; other scripts through Unicode.
    static func words(of text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var digitsOnly = true
        func flush() {
            if !current.isEmpty && !digitsOnly { words.append(current) }
            current.removeAll(keepingCapacity: true)
            digitsOnly = true
        }
        func append(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                current.append(UInt8(value))
            } else if value < 0x800 {
                current.append(UInt8(0xC0 | value >> 6))
                current.append(UInt8(0x80 | value & 0x3F))
            } else {
                current.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x30...0x39).contains(value) {
                current.append(UInt8(value))
            } else if (0x61...0x7A).contains(value) || (0x430...0x44F).contains(value) {
                digitsOnly = false
                append(scalar)
            } else if (0x41...0x5A).contains(value) || (0x410...0x42F).contains(value) {
                digitsOnly = false
                append(Unicode.Scalar(value + 0x20) ?? scalar)
            } else if value == 0x401 || value == 0x451 {
                digitsOnly = false
                append("е")
            } else if scalar.isAlphabeticFast {
                digitsOnly = false
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// A cue: consecutive words, each matched exactly or, when written with a trailing `*`, as a
    /// prefix. Words are compared as UTF-8 bytes (both sides are folded the same way).
    struct Cue: Sendable {
        var words: [(bytes: [UInt8], prefix: Bool)]
        var kind: SectionKind

        init(_ pattern: String, _ kind: SectionKind) {
            words = pattern.split(separator: " ").map { word in
                word.hasSuffix("*") ? (Array(word.dropLast().utf8), true) : (Array(word.utf8), false)
            }
            self.kind = kind
        }

        /// The bucket of a word: its first three UTF-8 bytes (every cue word has at least three).
        static func key(_ word: [UInt8]) -> UInt32? {
            guard word.count >= 3 else { return nil }
            return UInt32(word[0]) << 16 | UInt32(word[1]) << 8 | UInt32(word[2])
        }

        func matches(_ heading: HeadingWords, at start: Int) -> Bool {
            guard start + words.count <= heading.count else { return false }
            for (offset, word) in words.enumerated() {
                let candidate = heading.word(start + offset)
                if word.prefix ? !candidate.starts(with: word.bytes) : !candidate.elementsEqual(word.bytes) { return false }
            }
            return true
        }
    }

    /// Cues by the bucket of their first word.
    static let cuesByStart: [UInt32: [Cue]] = {
        var buckets: [UInt32: [Cue]] = [:]
        for cue in cues {
            guard let first = cue.words.first, let key = Cue.key(first.bytes) else { continue }
            buckets[key, default: []].append(cue)
        }
        return buckets
    }()

    /// Group labels as folded words, by the kind they name.
    static let groupLabels: [String: SectionKind] = {
        var labels: [String: SectionKind] = [:]
        let conclusion = [
            "key conclusions", "conclusions", "main conclusions", "conclusion", "key findings", "findings",
            "key takeaways", "takeaways", "outcomes", "key outcomes", "results", "summary",
            "ключевые выводы", "выводы", "основные выводы", "главные выводы", "итоги", "основные итоги", "ключевые итоги",
        ]
        let problem = [
            "problems", "key problems", "main problems", "challenges", "key challenges", "main challenges",
            "issues", "key issues", "barriers", "obstacles", "risks", "key risks",
            "проблемы", "ключевые проблемы", "основные проблемы", "вызовы", "ключевые вызовы", "барьеры",
            "препятствия", "риски", "основные риски",
        ]
        let solution = [
            "solutions", "key solutions", "proposed solutions", "proposals", "key proposals", "recommendations",
            "key recommendations", "suggestions", "measures", "proposed measures", "ways forward", "the way forward",
            "решения", "предложения", "рекомендации", "ключевые предложения", "основные предложения",
            "ключевые рекомендации", "пути решения", "предлагаемые решения", "меры", "предлагаемые меры",
        ]
        for label in conclusion { labels[label] = .conclusion }
        for label in problem { labels[label] = .problem }
        for label in solution { labels[label] = .solution }
        return labels
    }()

    /// Heading cues in English and Russian.
    static let cues: [Cue] = {
        let problem = [
            "barrier*", "problem*", "underused", "underuse*", "underutili*", "untapped", "not implemented",
            "not been implemented", "not yet implemented", "unimplemented", "unfulfilled", "difficult*", "risk*",
            "challeng*", "obstacle*", "bottleneck*", "constraint*", "shortage*", "lack of", "lagging", "threat*",
            "hinder*", "impediment*", "issues", "slowdown", "failure*", "deficit*",
            "проблем*", "барьер*", "риск*", "не реализован*", "нереализованн*", "не выполнен*", "сложн*", "трудност*",
            "препятств*", "дефицит*", "нехватк*", "угроз*", "отставани*", "недоиспольз*", "не используе*",
            "недостат*", "вызов*", "ограничени*",
        ]
        let solution = [
            "increasing", "supporting", "support for", "expansion", "expanding", "developing", "measures",
            "measure to", "proposal*", "proposed", "lifting", "removing", "removal", "overcoming", "boosting",
            "strengthening", "enhancing", "improving", "improvement*", "promoting", "stimulating", "simplifying",
            "simplification", "creating", "creation of", "launching", "reducing", "solving", "solution*",
            "way forward", "ways to", "recommendation*",
            "развити*", "поддержк*", "расширени*", "меры", "мер", "мерам", "мерах", "мерами", "предложен*", "снятие",
            "снятия", "устранени*", "преодолени*", "повышени*", "увеличени*", "укреплени*", "стимулировани*",
            "совершенствовани*", "упрощени*", "создани*", "наращивани*", "решени*", "привлечени*", "рекомендаци*",
        ]
        let conclusion = [
            "conclusion*", "outcome*", "result*", "summary", "summing up", "takeaway*", "findings",
            "итог*", "вывод*", "резюме",
        ]
        return problem.map { Cue($0, .problem) } + solution.map { Cue($0, .solution) }
            + conclusion.map { Cue($0, .conclusion) }
    }()
}
