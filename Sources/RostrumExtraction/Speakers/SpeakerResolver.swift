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
        // Room for every speaker the document can introduce, so that the tables are not grown
        // (and every key hashed again) a few times per document.
        var withRoles = 0
        for section in document.sections {
            for case .quote(let raw) in section.items where raw.attribution?.role != nil { withRoles += 1 }
        }
        var registry: [UTF8Key: Speaker] = [:]
        registry.reserveCapacity(withRoles + document.metadata.participants.count)
        var order: [UTF8Key] = []
        // Keyed by bytes: hashing Russian names and roles as Strings normalises them first.
        var made: [AttributionKey: Speaker] = [:]
        made.reserveCapacity(withRoles)
        func speaker(_ a: ParsedAttribution) -> Speaker {
            let key = AttributionKey(a)
            if let known = made[key] { return known }
            let s = makeSpeaker(name: a.name, role: a.role)
            made[key] = s
            return s
        }

        // Names already registered, compared as bytes: the same name always has the same key,
        // so it is not lower-cased and hashed again for every quote.
        var registeredNames: [String] = []
        func register(_ speaker: Speaker) {
            if registeredNames.contains(where: { $0.utf8.elementsEqual(speaker.name.utf8) }) { return }
            registeredNames.append(speaker.name)
            let key = UTF8Key(Self.key(speaker.name))
            if registry[key] == nil {
                registry[key] = speaker
                order.append(key)
            }
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

        var warnings: [ExtractionWarning] = []
        var previous: Speaker?
        var recent: [Speaker] = []
        var result: [[ResolvedItem]] = []
        for section in document.sections {
            var items: [ResolvedItem] = []
            for item in section.items {
                switch item {
                case .narrative(let text):
                    items.append(.narrative(text))
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
                            let match = recent.last(where: { GenderGuess.gender(of: $0.name) == wanted })
                        {
                            speaker = match
                        }
                    } else if var a = raw.attribution {
                        a.remainder = nil
                        if a.role != nil && !raw.genitiveName {
                            speaker = withRole ?? resolve(a, genitive: false, registry: registry, order: order)
                        } else {
                            speaker = resolve(a, genitive: raw.genitiveName, registry: registry, order: order)
                        }
                    }
                    if speaker == nil {
                        warnings.append(ExtractionWarning(code: .unattributedQuote, message: "No speaker could be found for the quote starting “\(raw.text.prefix(50))”.", line: raw.line))
                    }
                    if let speaker {
                        previous = speaker
                        recent.removeAll { $0.name == speaker.name }
                        recent.append(speaker)
                    }
                    items.append(.quote(ResolvedQuote(text: raw.text, speaker: speaker, indirect: raw.indirect, line: raw.line)))
                }
            }
            result.append(items)
        }
        return (result, warnings)
    }

    private func resolve(_ a: ParsedAttribution, genitive: Bool, registry: [UTF8Key: Speaker], order: [UTF8Key]) -> Speaker {
        // "Mr. Ruksha", «г-на Рукши»: the speaker is found (or named) without the courtesy title.
        let untitled = AttributionParser.droppingHonorific(Substring(a.name))
        if untitled.utf8.count != a.name.utf8.count {
            var bare = a
            bare.name = String(untitled)
            return resolve(bare, genitive: genitive, registry: registry, order: order)
        }
        if genitive {
            for key in order {
                if let s = registry[key], RussianNameCase.matches(genitive: a.name, nominative: s.name) { return s }
            }
            // «По словам Трутнева»: a surname alone in the genitive, of one speaker of the session.
            if !a.name.utf8.contains(UInt8(ascii: " ")) {
                let matches = order.compactMap { key -> Speaker? in
                    guard let s = registry[key], let surname = s.name.words().last else { return nil }
                    return RussianNameCase.matches(genitive: a.name, nominative: String(surname)) ? s : nil
                }
                if matches.count == 1, let only = matches.first { return only }
            }
            let name = RussianNameCase.nominative(ofGenitive: a.name)
            return registry[UTF8Key(Self.key(name))] ?? makeSpeaker(name: name, role: a.role.map(RussianRoleCase.nominative(ofGenitive:)))
        }
        if let role = a.role {
            // A speaker re-introduced with a role keeps this quote's role.
            return makeSpeaker(name: a.name, role: role)
        }
        if let known = registry[UTF8Key(Self.key(a.name))] { return known }
        // A surname alone, or a name in another order, that fits exactly one speaker.
        let tokens = Set(Self.key(a.name).words())
        let candidates = order.compactMap { key -> Speaker? in
            let known = Set(String(decoding: key.bytes, as: UTF8.self).words())
            return tokens.isSubset(of: known) ? registry[key] : nil
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

    /// `text` with every ё (D1 91) made е (D0 B5), byte for byte, when it holds only ASCII and
    /// basic Cyrillic; nil otherwise. In such text each ё is a Character of its own, so this is
    /// what the Character-level `replacingOccurrences` gives, without Foundation's string search.
    static func yoReplacedBytes(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            guard b == 0xD0 || b == 0xD1, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 else { return nil }
            if b == 0xD1 && bytes[i + 1] == 0x91 {
                bytes[i] = 0xD0
                bytes[i + 1] = 0xB5
            }
            i += 2
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The name and role of an attribution as one byte string, a cheap dictionary key.
struct AttributionKey: Hashable {
    let bytes: [UInt8]

    init(_ attribution: ParsedAttribution) {
        var bytes = Array(attribution.name.utf8)
        if let role = attribution.role {
            bytes.append(0)
            bytes.append(contentsOf: role.utf8)
        }
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
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
