import GRDB

/// Increments of the analytics counts (schema v6) for the quotes written since the last flush.
///
/// The v6 insert triggers ran an upsert with a subquery for every quote, topic and country row;
/// the writer now adds the same increments up in memory and writes each changed count row once
/// per batch (schema v12 drops those triggers). The deletion trigger stays, so the tally must be
/// flushed before anything is deleted, and dropped when the rows it counts are rolled back.
struct CountTally {
    /// Quotes per event.
    var events: [Int64: Int] = [:]
    /// Quotes per (event, topic).
    var topicEvents: [CountPair: Int] = [:]
    /// Quotes per (person, topic).
    var personTopics: [CountPair: Int] = [:]
    /// Quotes per (organisation, country).
    var organizationCountries: [CountPair: Int] = [:]

    /// Whether nothing is waiting to be written.
    var isEmpty: Bool { events.isEmpty && topicEvents.isEmpty && personTopics.isEmpty && organizationCountries.isEmpty }

    /// Counts one stored quote as the v6 triggers did: its distinct topics and countries.
    mutating func add(event: Int64?, person: Int64?, organization: Int64?, topics: [String], countries: [String]) {
        if let event { events[event, default: 0] += 1 }
        let distinctTopics = topics.count > 1 ? Array(Set(topics)) : topics
        for topic in distinctTopics {
            if let event { topicEvents[CountPair(id: event, text: topic), default: 0] += 1 }
            if let person { personTopics[CountPair(id: person, text: topic), default: 0] += 1 }
        }
        if let organization {
            for country in countries.count > 1 ? Array(Set(countries)) : countries {
                organizationCountries[CountPair(id: organization, text: country), default: 0] += 1
            }
        }
    }

    /// Adds the increments to the count tables and empties the tally.
    mutating func flush(_ db: Database) throws {
        guard !isEmpty else { return }
        let event = try db.cachedStatement(sql: """
            INSERT INTO event_quote_counts (event_id, quotes) VALUES (?, ?)
                ON CONFLICT (event_id) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        for (id, n) in events { try event.execute(arguments: [id, n]) }
        let topicEvent = try db.cachedStatement(sql: """
            INSERT INTO topic_event_counts (topic, event_id, quotes) VALUES (?, ?, ?)
                ON CONFLICT (topic, event_id) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        for (key, n) in topicEvents { try topicEvent.execute(arguments: [key.text, key.id, n]) }
        let personTopic = try db.cachedStatement(sql: """
            INSERT INTO person_topic_counts (person_id, topic, quotes) VALUES (?, ?, ?)
                ON CONFLICT (person_id, topic) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        for (key, n) in personTopics { try personTopic.execute(arguments: [key.id, key.text, n]) }
        let organizationCountry = try db.cachedStatement(sql: """
            INSERT INTO organization_country_counts (organization_id, country, quotes) VALUES (?, ?, ?)
                ON CONFLICT (organization_id, country) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        for (key, n) in organizationCountries { try organizationCountry.execute(arguments: [key.id, key.text, n]) }
        self = CountTally()
    }
}
