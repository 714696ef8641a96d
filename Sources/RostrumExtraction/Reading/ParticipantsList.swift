import RostrumModel

/// The list of people at the top of a transcript:
///
/// ```
/// Participants:
/// Alexey Chekunkov, Chief Executive Officer, Far East and Baikal Region Development
/// Zhou Liqun — General Manager, China Chengtong International Investment Ltd.
/// Moderator: Anna Smirnova, Editor-in-Chief, Business Weekly
/// ```
///
/// Headers `Participants:`, `Speakers:`, `Panelists:`, `Moderators:` and `Участники:`,
/// `Спикеры:`, `Выступающие:`, `Модераторы:` open a list that runs to the next blank line;
/// `Moderator: Name, role` / `Модератор: Имя — должность` lines stand on their own.
enum ParticipantsList {
    /// What a list header line says.
    struct Header {
        /// True for `Moderator(s):` / `Модератор(ы):`.
        var isModerator: Bool
        /// True for the singular `Moderator:` / `Модератор:`, which names one person inline.
        var isSingle: Bool
        /// Index of the first visible byte after the colon (the line end when nothing follows).
        var rest: Int
    }

    /// The header at the start of `bytes[start..<end]`, if the line is one.
    static func header(_ bytes: [UInt8], from start: Int, to end: Int) -> Header? {
        let first = LineScanner.firstVisible(bytes, from: start, to: end)
        var colon = first
        let limit = min(end, first + 40)
        while colon < limit && bytes[colon] != 0x3A { colon += 1 }
        guard colon < limit, colon > first else { return nil }
        // Every header is one word.
        if LineScanner.hasInnerSpace(bytes, from: first, to: colon) { return nil }
        let kind: HeaderKind
        let isPanel: Bool
        switch headerTable.lookup(bytes, from: first, to: LineScanner.trimmedEnd(bytes, from: first, to: colon)) {
        case .found(let entry):
            (kind, isPanel) = entry
        case .absent:
            return nil
        case .undecided:
            let key = LineScanner.collapsed(bytes, from: first, to: colon).lowercasedFast()
            guard let found = headers[key] else { return nil }
            kind = found
            isPanel = key == "panel" || key == "панель"
        }
        let rest = LineScanner.firstVisible(bytes, from: colon + 1, to: end)
        // "Panel: Digital Ports of the Pacific" names the session; only "Panel:" alone opens a list.
        if isPanel, rest < end { return nil }
        return Header(isModerator: kind != .people, isSingle: kind == .moderator, rest: rest)
    }

    /// The moderator a line such as "Moderator: Daniel Kovac, Editor-in-Chief, Maritime Review"
    /// or «Модератор: Ирина Котова — ведущая телеканала» names, found anywhere in a summary (under
    /// a panel's heading, say); nil for any other line.
    static func moderatorLine(_ text: String) -> Participant? {
        // Most paragraphs have no colon among their first 40 bytes: they are not looked at twice.
        var copy = text
        guard copy.withUTF8({ $0.prefix(40).contains(0x3A) }) else { return nil }
        let bytes = Array(text.utf8)
        guard let header = header(bytes, from: 0, to: bytes.count), header.isSingle, header.rest < bytes.count else { return nil }
        return participant(bytes, from: header.rest, to: bytes.count, isModerator: true)
    }

    /// Reads the participants block that starts at line `index` into `metadata`; returns the
    /// index of the first line after it (or `index` when there is no block there).
    static func consume(
        _ bytes: [UInt8], lines: [LineScanner.Line], from index: Int, into metadata: inout DocumentMetadata
    ) -> Int {
        var i = index
        var consumed = index
        var listOpen = false
        var moderatorList = false
        while i < lines.count {
            let line = lines[i]
            let first = LineScanner.firstVisible(bytes, from: line.start, to: line.end)
            if first == line.end {
                listOpen = false
                i += 1
                continue
            }
            if let header = header(bytes, from: line.start, to: line.end) {
                if header.rest == line.end {
                    listOpen = true
                    moderatorList = header.isModerator
                } else if header.isSingle {
                    guard let person = participant(bytes, from: header.rest, to: line.end, isModerator: true) else { break }
                    metadata.participants.append(person)
                    listOpen = false
                } else {
                    // "Participants: A, role; B, role" on one line.
                    var segmentStart = header.rest
                    var j = header.rest
                    while j <= line.end {
                        if j == line.end || bytes[j] == 0x3B {
                            if let person = participant(bytes, from: segmentStart, to: j, isModerator: header.isModerator) {
                                metadata.participants.append(person)
                            }
                            segmentStart = j + 1
                        }
                        j += 1
                    }
                    listOpen = false
                }
                i += 1
                consumed = i
                continue
            }
            guard listOpen, TurnLabel.parse(bytes, from: line.start, to: line.end) == nil,
                  let person = participant(bytes, from: line.start, to: line.end, isModerator: moderatorList)
            else { break }
            metadata.participants.append(person)
            i += 1
            consumed = i
        }
        return consumed
    }

    /// One list entry: `Name, role`, `Name — role`, `Name (role)` or a bare name, after an
    /// optional bullet or number.
    static func participant(_ bytes: [UInt8], from start: Int, to end: Int, isModerator: Bool) -> Participant? {
        var i = LineScanner.firstVisible(bytes, from: start, to: end)
        // Bullets: "-", "*", "•", "·", "–", "—", or "1." / "1)".
        if i < end {
            var j = i
            while j < end && bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
            if j > i, j < end, bytes[j] == 0x2E || bytes[j] == 0x29 {
                i = LineScanner.firstVisible(bytes, from: j + 1, to: end)
            } else if j == i {
                let (scalar, length) = UTF8Text.scalar(bytes, at: i)
                if ["-", "*", "•", "·", "–", "—"].contains(scalar), i + length < end, UTF8Text.isASCIISpace(bytes[i + length]) {
                    i = LineScanner.firstVisible(bytes, from: i + length, to: end)
                }
            }
        }
        guard i < end else { return nil }
        // The first separator: a comma, a parenthesis, or a spaced dash.
        var j = i
        var nameEnd = end
        var roleStart = end
        var parenthesised = false
        while j < end {
            let b = bytes[j]
            if b == 0x2C {
                nameEnd = j
                roleStart = j + 1
                break
            }
            if b == 0x28 {
                nameEnd = j
                roleStart = j + 1
                parenthesised = true
                break
            }
            if b == 0x20, j + 2 < end {
                let (scalar, length) = UTF8Text.scalar(bytes, at: j + 1)
                if scalar == "—" || scalar == "–" || scalar == "-", j + 1 + length < end,
                   UTF8Text.isASCIISpace(bytes[j + 1 + length]) {
                    nameEnd = j
                    roleStart = j + 1 + length
                    break
                }
            }
            j += 1
        }
        let rawName = LineScanner.collapsed(bytes, from: i, to: nameEnd)
        guard var name = PersonName.normalized(rawName) else { return nil }
        // «ГОРБУНОВА Ксения Андреевна — …»: a list in stenogram form names «Ксения Андреевна Горбунова».
        if let given = TurnSpeaker.reordered(rawName) { name = given }
        var role = LineScanner.collapsed(bytes, from: roleStart, to: end)
        if parenthesised, role.hasSuffix(")") { role.removeLast() }
        while let last = role.last, last == ";" || last == "," || last == " " { role.removeLast() }
        return Participant(name: name, role: role.isEmpty ? nil : role, isModerator: isModerator)
    }

    private enum HeaderKind { case people, moderators, moderator }

    /// `headers` looked up from the bytes of a line, with whether the key is "panel".
    private static let headerTable = FoldedKeyTable(headers.map { ($0.key, ($0.value, $0.key == "panel" || $0.key == "панель")) })

    private static let headers: [String: HeaderKind] = [
        "participants": .people, "speakers": .people, "panelists": .people, "panellists": .people,
        "panel": .people, "moderators": .moderators, "moderator": .moderator,
        "участники": .people, "спикеры": .people, "выступающие": .people, "докладчики": .people,
        "модераторы": .moderators, "модератор": .moderator, "ведущий": .moderator, "ведущая": .moderator,
    ]
}
