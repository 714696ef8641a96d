public import RostrumModel

/// The speaker stage: turns attribution phrases into speakers with position and organisation,
/// and resolves repeats within the session.
///
/// A name given once with a role keeps that role when it appears again alone ("He Zhenwei."),
/// a surname alone resolves to the one speaker who has it, a Russian genitive name
/// («По словам Ван Пина») resolves to the speaker in the nominative, and "he said" refers to the
/// previous speaker.
public struct SpeakerResolver: Sendable {
    private let splitter = RoleSplitter()
    private let cache: RoleCache?

    /// A resolver; with a `cache`, role splits are remembered across documents.
    public init(cache: RoleCache? = nil) {
        self.cache = cache
    }

    /// A quote with its speaker resolved, still without figures and topics.
    public struct ResolvedQuote: Sendable, Hashable {
        public var text: String
        public var speaker: Speaker?
        public var indirect: Bool
        public var line: Int
    }

    /// Resolves the speakers of every quote of `document`.
    ///
    /// - Returns: per section, its items with quotes resolved; plus warnings for quotes whose
    ///   speaker could not be found.
    public func resolve(_ document: AttributedDocument) -> (sections: [[ResolvedItem]], warnings: [ExtractionWarning]) {
        let (speakers, warnings) = self.speakers(of: document)
        var next = 0
        var result: [[ResolvedItem]] = []
        result.reserveCapacity(document.sections.count)
        for section in document.sections {
            var items: [ResolvedItem] = []
            items.reserveCapacity(section.items.count)
            for item in section.items {
                switch item {
                case .narrative(let text):
                    items.append(.narrative(text))
                case .quote(let raw):
                    items.append(.quote(ResolvedQuote(text: raw.text, speaker: speakers[next], indirect: raw.indirect, line: raw.line)))
                    next += 1
                }
            }
            result.append(items)
        }
        return (result, warnings)
    }

    /// The speaker of every quote of `document`, in the order of the quotes (nil where none
    /// could be found), and a warning for each of those: what `resolve(_:)` gives, without the
    /// items copied around them, for a caller that reads the items from the document itself.
    func speakers(of document: AttributedDocument) -> (speakers: [Speaker?], warnings: [ExtractionWarning]) {
        // The session's speakers by the key of their names, in order of introduction.
        var registry = SpeakerRegistry()
        // Speakers made from an exact name and role, matched by bytes: hashing Russian names and
        // roles as Strings normalises them first.
        var made = AttributionMemo()
        func speaker(_ a: ParsedAttribution) -> Speaker {
            let hash = UTF8Bytes.hash(name: a.name, role: a.role)
            if let known = made.speaker(name: a.name, role: a.role, hash: hash) { return known }
            let s = makeSpeaker(name: a.name, role: a.role)
            made.remember(s, name: a.name, role: a.role, hash: hash)
            return s
        }

        // Names already registered, compared as bytes: the same name always has the same key,
        // so it is not lower-cased and hashed again for every quote.
        var registeredNames: [String] = []
        func register(_ speaker: Speaker) {
            if registeredNames.contains(where: { UTF8Bytes.equal($0, speaker.name) }) { return }
            registeredNames.append(speaker.name)
            registry.register(speaker, key: Self.keyBytes(speaker.name))
        }
        // Participants of a transcript, then every speaker introduced with a role.
        for participant in document.metadata.participants where !participant.isModerator {
            register(makeSpeaker(name: participant.name, role: participant.role))
        }
        // The speaker of each quote named with a role (not in the genitive), in the order of the
        // quotes: the second pass takes them from here instead of looking each up again.
        var introduced: [Speaker] = []
        for section in document.sections {
            for case .quote(let raw) in section.items {
                guard var a = raw.attribution, let role = a.role else { continue }
                a.remainder = nil
                if raw.genitiveName {
                    // «По словам Татьяны Лебедевой, главного аналитика …» introduces Татьяна Лебедева,
                    // главный аналитик, whom a later «— сказала Татьяна Лебедева» names alone.
                    register(makeSpeaker(name: RussianNameCase.nominative(ofGenitive: a.name), role: RussianRoleCase.nominative(ofGenitive: role)))
                } else {
                    let s = speaker(a)
                    introduced.append(s)
                    register(s)
                }
            }
        }
        var nextIntroduced = 0
        // Mentions without a role, resolved: the registry is complete before the quotes are read,
        // so a name (in the nominative or the genitive) always resolves to the same speaker, and
        // a name mentioned again is compared as bytes instead of keyed and looked up again.
        var mentions: [(name: String, genitive: Bool, speaker: Speaker)] = []

        var warnings: [ExtractionWarning] = []
        var previous: Speaker?
        // The speakers quoted so far, the last quoted last, each with whether its name is plain
        // (`UTF8Bytes.isPlain`), so that names are compared as bytes.
        var recent: [(speaker: Speaker, plain: Bool)] = []
        var result: [Speaker?] = []
        for section in document.sections {
            for item in section.items {
                switch item {
                case .narrative:
                    continue
                case .quote(let raw):
                    var speaker: Speaker?
                    // The quotes the first pass gave a speaker to, in the same order.
                    var withRole: Speaker?
                    if raw.attribution?.role != nil && !raw.genitiveName, nextIntroduced < introduced.count {
                        withRole = introduced[nextIntroduced]
                        nextIntroduced += 1
                    }
                    if raw.pronoun {
                        speaker = previous
                        // "she said" after a man's quote: the last woman quoted, when the names say so.
                        if let wanted = raw.pronounGender, let p = previous, let had = GenderGuess.gender(of: p.name), had != wanted,
                            let match = recent.last(where: { GenderGuess.gender(of: $0.speaker.name) == wanted })?.speaker
                        {
                            speaker = match
                        }
                    } else if var a = raw.attribution {
                        a.remainder = nil
                        if a.role != nil && !raw.genitiveName {
                            speaker = withRole ?? resolve(a, genitive: false, registry: registry)
                        } else if a.role != nil {
                            speaker = resolve(a, genitive: raw.genitiveName, registry: registry)
                        } else if let known = mentions.first(where: { $0.genitive == raw.genitiveName && UTF8Bytes.equal($0.name, a.name) }) {
                            speaker = known.speaker
                        } else {
                            let resolved = resolve(a, genitive: raw.genitiveName, registry: registry)
                            mentions.append((a.name, raw.genitiveName, resolved))
                            speaker = resolved
                        }
                    }
                    if speaker == nil {
                        warnings.append(ExtractionWarning(code: .unattributedQuote, message: "No speaker could be found for the quote starting “\(raw.text.prefix(50))”.", line: raw.line))
                    }
                    if let speaker {
                        previous = speaker
                        // The same speaker as the last quote's: the list stays as it is.
                        if let last = recent.last, UTF8Bytes.equal(last.speaker.name, speaker.name) {
                            recent[recent.count - 1].speaker = speaker
                        } else {
                            let plain = UTF8Bytes.isPlain(speaker.name)
                            recent.removeAll { UTF8Bytes.sameText($0.speaker.name, speaker.name, plain: $0.plain && plain) }
                            recent.append((speaker, plain))
                        }
                    }
                    result.append(speaker)
                }
            }
        }
        return (result, warnings)
    }

    private func resolve(_ a: ParsedAttribution, genitive: Bool, registry: SpeakerRegistry) -> Speaker {
        // "Mr. Ruksha", «г-на Рукши»: the speaker is found (or named) without the courtesy title.
        let untitled = AttributionParser.droppingHonorific(Substring(a.name))
        if untitled.utf8.count != a.name.utf8.count {
            var bare = a
            bare.name = String(untitled)
            return resolve(bare, genitive: genitive, registry: registry)
        }
        if genitive {
            for s in registry.speakers where RussianNameCase.matches(genitive: a.name, nominative: s.name) { return s }
            // «По словам Трутнева»: a surname alone in the genitive, of one speaker of the session.
            if !a.name.utf8.contains(UInt8(ascii: " ")) {
                let matches = registry.speakers.compactMap { s -> Speaker? in
                    guard let surname = s.name.words().last else { return nil }
                    return RussianNameCase.matches(genitive: a.name, nominative: String(surname)) ? s : nil
                }
                if matches.count == 1, let only = matches.first { return only }
            }
            let name = RussianNameCase.nominative(ofGenitive: a.name)
            return registry.speaker(forKey: Self.keyBytes(name)) ?? makeSpeaker(name: name, role: a.role.map(RussianRoleCase.nominative(ofGenitive:)))
        }
        if let role = a.role {
            // A speaker re-introduced with a role keeps this quote's role.
            return makeSpeaker(name: a.name, role: role)
        }
        let key = Self.keyBytes(a.name)
        if let known = registry.speaker(forKey: key) { return known }
        // A surname alone, or a name in another order, that fits exactly one speaker.
        let tokens = Set(String(decoding: key, as: UTF8.self).words())
        var candidates: [Speaker] = []
        for (known, s) in zip(registry.keys, registry.speakers) {
            let words = Set(String(decoding: known, as: UTF8.self).words())
            if tokens.isSubset(of: words) { candidates.append(s) }
        }
        if candidates.count == 1, let only = candidates.first { return only }
        return Speaker(name: a.name)
    }

    private func makeSpeaker(name: String, role: String?) -> Speaker {
        guard let role else { return Speaker(name: name) }
        let roles = cache?.roles(of: role, splitter: splitter) ?? splitter.roles(from: role)
        guard let first = roles.first else { return Speaker(name: name) }
        return Speaker(name: name, position: first.position, organization: first.organization, otherRoles: Array(roles.dropFirst()))
    }

    /// The comparison key of a name: case folded, ё as е, single spaces.
    static func key(_ name: String) -> String {
        let lower = name.lowercasedFast()
        // ё is the bytes D1 91 in UTF-8; most names have none, so look at bytes before replacing.
        var hasYo = false
        var previous: UInt8 = 0
        for byte in lower.utf8 {
            if previous == 0xD1 && byte == 0x91 { hasYo = true; break }
            previous = byte
        }
        guard hasYo else { return lower }
        return yoReplacedBytes(lower) ?? lower.replacingOccurrences(of: "ё", with: "е")
    }

    /// `Array(key(name).utf8)`, built as bytes in one buffer when the name is ASCII or basic
    /// Cyrillic (the fast path of `FastCase`), without the intermediate Strings.
    static func keyBytes(_ name: String) -> [UInt8] {
        let lowered = name.utf8.withContiguousStorageIfAvailable { FastCase.lowercasedBytes($0) } ?? nil
        guard var bytes = lowered else { return Array(key(name).utf8) }
        var previous: UInt8 = 0
        var hasYo = false
        for byte in bytes {
            if previous == 0xD1 && byte == 0x91 { hasYo = true; break }
            previous = byte
        }
        guard hasYo else { return bytes }
        return replacingYo(&bytes) ? bytes : Array(key(name).utf8)
    }

    /// `text` with every ё (D1 91) made е (D0 B5), byte for byte, when it holds only ASCII and
    /// basic Cyrillic; nil otherwise. In such text each ё is a Character of its own, so this is
    /// what the Character-level `replacingOccurrences` gives, without Foundation's string search.
    static func yoReplacedBytes(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        return replacingYo(&bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// Makes every ё of `bytes` е in place and returns true when they hold only ASCII and basic
    /// Cyrillic; returns false otherwise (the bytes are then partly changed and must not be used).
    static func replacingYo(_ bytes: inout [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            guard b == 0xD0 || b == 0xD1, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 else { return false }
            if b == 0xD1 && bytes[i + 1] == 0x91 {
                bytes[i] = 0xD0
                bytes[i + 1] = 0xB5
            }
            i += 2
        }
        return true
    }
}

/// A section item after speaker resolution.
public enum ResolvedItem: Sendable, Hashable {
    case quote(SpeakerResolver.ResolvedQuote)
    case narrative(String)
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
