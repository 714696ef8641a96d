import GRDB

/// The versioned schema of the SQLite knowledge base.
///
/// Session-level facts (language, year, date, event) and the section kind are copied onto each
/// quote so that filters and facets read one table. Figures, topics and countries are ordinary
/// indexed tables, not part of the full-text index. `quote_fts` holds the searchable text of a
/// quote with rowid = quotes.id, tokenized by `RostrumTokenizer`. Session and quote ids are
/// never reused (AUTOINCREMENT), so an id a user saw never names another session later.
/// v2 drops the quote indexes that search no longer uses and adds `store_meta`; v3 adds the
/// `quote_vocab` view of the index; v5 adds `figure_indicators`; v6 the trigger-maintained counts of
/// quotes per event, topic per event, person per topic and organisation per country; v9 copies each
/// assigned figure's value, kind, years, quote, session and date into `figure_indicators`; v10 indexes those rows
/// in the order of the figure tracker's series; v11 gives the store a random id; v12 trades the v6
/// insert triggers for the writer's batched counts and drops indexes no query uses; v13 rewrites the
/// full-text index for the Russian stemmer's fleeting vowels (`FleetingVowelReindex`); v14 keys people
/// again for Chinese names in Palladius Cyrillic (`PersonRekey`); v15 keys organisations by
/// `OrganizationKey` and merges their forms (`OrganizationRekey`); v16 analyses again the rows a
/// two-letter word such as «ИИ» may have been cut in (`ShortWordReindex`).
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE);
                CREATE TABLE sessions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, content_hash TEXT NOT NULL UNIQUE, source TEXT, title TEXT,
                    language TEXT NOT NULL, event_id INTEGER REFERENCES events(id), date TEXT, year INTEGER,
                    raw_text TEXT NOT NULL, document_json TEXT NOT NULL,
                    quote_count INTEGER NOT NULL, speaker_count INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
                CREATE INDEX sessions_source ON sessions(source);
                CREATE INDEX sessions_event ON sessions(event_id);
                CREATE INDEX sessions_date ON sessions(date);
                CREATE TABLE sections (
                    id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL, heading TEXT, group_label TEXT, kind TEXT NOT NULL);
                CREATE INDEX sections_session ON sections(session_id);
                CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE);
                CREATE TABLE person_names (
                    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, name TEXT NOT NULL,
                    PRIMARY KEY (person_id, name)) WITHOUT ROWID;
                CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE);
                CREATE TABLE roles (
                    id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES people(id), position TEXT,
                    organization_id INTEGER REFERENCES organizations(id), ordinal INTEGER NOT NULL);
                CREATE INDEX roles_session ON roles(session_id);
                CREATE INDEX roles_person ON roles(person_id);
                CREATE INDEX roles_organization ON roles(organization_id);
                CREATE TABLE quotes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                    text TEXT NOT NULL, speaker_name TEXT, person_id INTEGER REFERENCES people(id),
                    role_id INTEGER REFERENCES roles(id), organization_id INTEGER REFERENCES organizations(id),
                    indirect INTEGER NOT NULL, raw_start INTEGER, raw_end INTEGER, line INTEGER,
                    language TEXT NOT NULL, kind TEXT NOT NULL, year INTEGER, date TEXT, event_id INTEGER,
                    figure_count INTEGER NOT NULL);
                CREATE INDEX quotes_session ON quotes(session_id);
                CREATE INDEX quotes_section ON quotes(section_id);
                CREATE INDEX quotes_person ON quotes(person_id);
                CREATE INDEX quotes_role ON quotes(role_id);
                CREATE INDEX quotes_organization ON quotes(organization_id);
                CREATE INDEX quotes_year ON quotes(year);
                CREATE INDEX quotes_event ON quotes(event_id);
                CREATE INDEX quotes_date ON quotes(date);
                CREATE TABLE figures (
                    id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL, surface TEXT NOT NULL, value REAL NOT NULL, value_max REAL, unit TEXT,
                    kind TEXT NOT NULL, qualifier TEXT, year INTEGER, subject TEXT, text_offset INTEGER);
                CREATE INDEX figures_quote ON figures(quote_id);
                CREATE INDEX figures_unit_kind ON figures(unit, kind);
                CREATE INDEX figures_year ON figures(year);
                CREATE INDEX figures_subject ON figures(subject);
                CREATE TABLE quote_topics (
                    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE, topic TEXT NOT NULL,
                    PRIMARY KEY (quote_id, topic)) WITHOUT ROWID;
                CREATE INDEX quote_topics_topic ON quote_topics(topic);
                CREATE TABLE quote_countries (
                    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE, country TEXT NOT NULL,
                    PRIMARY KEY (quote_id, country)) WITHOUT ROWID;
                CREATE INDEX quote_countries_country ON quote_countries(country);
                """)
            try db.create(virtualTable: "quote_fts", using: FTS5()) { t in
                t.tokenizer = RostrumTokenizer.tokenizerDescriptor()
                t.column("text")
                t.column("speaker")
                t.column("heading")
                t.column("title")
            }
        }
        migrator.registerMigration("v2") { db in
            // Search filters, sorts and facets read `QuoteIndex` (memory), not these indexes; the
            // indexes that foreign keys and deletions need stay.
            // `store_meta` counts write transactions and deletions so that readers know when the
            // in-memory index is stale and whether appending the new quotes is enough.
            try db.execute(sql: """
                DROP INDEX quotes_year;
                DROP INDEX quotes_event;
                DROP INDEX quotes_date;
                CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO store_meta (key, value) VALUES ('generation', 0), ('deletions', 0);
                """)
        }
        migrator.registerMigration("v3") { db in
            // Every (term, quote, column, position) of the full-text index, read term by term
            // into `TermPostings` for the in-memory evaluation of queries. Stores nothing itself.
            try db.execute(sql: "CREATE VIRTUAL TABLE quote_vocab USING fts5vocab(quote_fts, instance)")
        }
        migrator.registerMigration("v4-tokens") { db in
            // API tokens: only the SHA-256 of a secret is stored; a revoked token keeps its row.
            try db.execute(sql: """
                CREATE TABLE tokens (
                    id INTEGER PRIMARY KEY, name TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, revoked_at TEXT);
                CREATE UNIQUE INDEX tokens_active_name ON tokens(name) WHERE revoked_at IS NULL;
                CREATE INDEX figures_kind_year ON figures(kind, year);
                """)
        }
        migrator.registerMigration("v5-figure-indicators") { db in
            // The indicator each figure measures (NULL when none can be told) and the countries it is
            // about, matched once by RostrumAnalytics' `IndicatorIndexer` after the figure is stored, so
            // the tracker never runs the matcher over quote text again. Every figure gets a row, so the
            // figures still to match are those above the highest assigned id. The quote's person and
            // organisation are copied here for the profiles' "figures cited". `store_meta`
            // 'indicator_lexicon' remembers which lexicon made the rows (a new one clears them).
            try db.execute(sql: """
                CREATE TABLE figure_indicators (
                    figure_id INTEGER PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
                    indicator TEXT, scope TEXT NOT NULL, person_id INTEGER, organization_id INTEGER);
                CREATE INDEX figure_indicators_indicator ON figure_indicators(indicator, scope) WHERE indicator IS NOT NULL;
                CREATE INDEX figure_indicators_person ON figure_indicators(person_id) WHERE indicator IS NOT NULL;
                CREATE INDEX figure_indicators_organization ON figure_indicators(organization_id) WHERE indicator IS NOT NULL;
                INSERT INTO store_meta (key, value) VALUES ('indicator_lexicon', 0);
                """)
        }
        migrator.registerMigration("v6-analytics-counts") { db in
            // Counts the trends, comparisons and co-occurrence graphs read, kept current by triggers
            // as quotes, topics and countries are written and deleted (a quote's BEFORE DELETE
            // trigger runs while its topics and countries are still there), so those analyses read
            // a few thousand rows instead of grouping every quote. Rows at zero stay and are skipped.
            try db.execute(sql: """
                CREATE TABLE event_quote_counts (event_id INTEGER PRIMARY KEY, quotes INTEGER NOT NULL);
                CREATE TABLE topic_event_counts (
                    topic TEXT NOT NULL, event_id INTEGER NOT NULL, quotes INTEGER NOT NULL, PRIMARY KEY (topic, event_id)) WITHOUT ROWID;
                CREATE TABLE person_topic_counts (
                    person_id INTEGER NOT NULL, topic TEXT NOT NULL, quotes INTEGER NOT NULL, PRIMARY KEY (person_id, topic)) WITHOUT ROWID;
                CREATE TABLE organization_country_counts (
                    organization_id INTEGER NOT NULL, country TEXT NOT NULL, quotes INTEGER NOT NULL, PRIMARY KEY (organization_id, country)) WITHOUT ROWID;
                INSERT INTO event_quote_counts SELECT event_id, COUNT(*) FROM quotes WHERE event_id IS NOT NULL GROUP BY event_id;
                INSERT INTO topic_event_counts SELECT t.topic, q.event_id, COUNT(*) FROM quote_topics t JOIN quotes q ON q.id = t.quote_id
                    WHERE q.event_id IS NOT NULL GROUP BY t.topic, q.event_id;
                INSERT INTO person_topic_counts SELECT q.person_id, t.topic, COUNT(*) FROM quote_topics t JOIN quotes q ON q.id = t.quote_id
                    WHERE q.person_id IS NOT NULL GROUP BY q.person_id, t.topic;
                INSERT INTO organization_country_counts SELECT q.organization_id, c.country, COUNT(*) FROM quote_countries c JOIN quotes q ON q.id = c.quote_id
                    WHERE q.organization_id IS NOT NULL GROUP BY q.organization_id, c.country;
                CREATE TRIGGER quotes_counted AFTER INSERT ON quotes WHEN NEW.event_id IS NOT NULL BEGIN
                    INSERT INTO event_quote_counts (event_id, quotes) VALUES (NEW.event_id, 1)
                        ON CONFLICT (event_id) DO UPDATE SET quotes = quotes + 1;
                END;
                CREATE TRIGGER quote_topics_counted AFTER INSERT ON quote_topics BEGIN
                    INSERT INTO topic_event_counts (topic, event_id, quotes)
                        SELECT NEW.topic, q.event_id, 1 FROM quotes q WHERE q.id = NEW.quote_id AND q.event_id IS NOT NULL
                        ON CONFLICT (topic, event_id) DO UPDATE SET quotes = quotes + 1;
                    INSERT INTO person_topic_counts (person_id, topic, quotes)
                        SELECT q.person_id, NEW.topic, 1 FROM quotes q WHERE q.id = NEW.quote_id AND q.person_id IS NOT NULL
                        ON CONFLICT (person_id, topic) DO UPDATE SET quotes = quotes + 1;
                END;
                CREATE TRIGGER quote_countries_counted AFTER INSERT ON quote_countries BEGIN
                    INSERT INTO organization_country_counts (organization_id, country, quotes)
                        SELECT q.organization_id, NEW.country, 1 FROM quotes q WHERE q.id = NEW.quote_id AND q.organization_id IS NOT NULL
                        ON CONFLICT (organization_id, country) DO UPDATE SET quotes = quotes + 1;
                END;
                CREATE TRIGGER quotes_uncounted BEFORE DELETE ON quotes BEGIN
                    UPDATE event_quote_counts SET quotes = quotes - 1 WHERE event_id = OLD.event_id;
                    UPDATE topic_event_counts SET quotes = quotes - 1
                        WHERE event_id = OLD.event_id AND topic IN (SELECT topic FROM quote_topics WHERE quote_id = OLD.id);
                    UPDATE person_topic_counts SET quotes = quotes - 1
                        WHERE person_id = OLD.person_id AND topic IN (SELECT topic FROM quote_topics WHERE quote_id = OLD.id);
                    UPDATE organization_country_counts SET quotes = quotes - 1
                        WHERE organization_id = OLD.organization_id AND country IN (SELECT country FROM quote_countries WHERE quote_id = OLD.id);
                END;
                """)
        }
        migrator.registerMigration("v7-session-event-dates") { db in
            // Each event's first year and date for trends, read from this index alone: the session
            // rows hold whole documents, so scanning them costs a page per session.
            try db.execute(sql: "CREATE INDEX sessions_event_dates ON sessions(event_id, quote_count, year, date)")
        }
        migrator.registerMigration("v8-deflated-sessions") { db in
            // A session's raw text and document JSON are written deflated (`DeflatedText`); rows
            // written before keep theirs in raw_text / document_json, and readers take either.
            // Development databases of one afternoon got these columns under another migration name.
            let existing = Set(try db.columns(in: "sessions").map(\.name))
            for column in ["raw_deflated", "document_deflated"] where !existing.contains(column) {
                // `column` is one of the two literals above, never user input.
                try db.execute(sql: "ALTER TABLE sessions ADD COLUMN \(column) BLOB")
            }
        }
        migrator.registerMigration("v9-figure-indicator-values") { db in
            // The figure tracker reads every assigned figure on a cold start; with the figure's value,
            // kind, years, quote, session and date copied here that is one scan of this table instead
            // of two lookups per figure into `figures` and `quotes` (figures never change once stored).
            let existing = Set(try db.columns(in: "figure_indicators").map(\.name))
            for (column, type) in Self.figureIndicatorValueColumns where !existing.contains(column) {
                // Literals from the list below, never user input.
                try db.execute(sql: "ALTER TABLE figure_indicators ADD COLUMN \(column) \(type)")
            }
            try db.execute(sql: """
                UPDATE figure_indicators AS fi SET value = f.value, value_max = f.value_max, unit = f.unit, kind = f.kind,
                    qualifier = f.qualifier, figure_year = f.year, year = COALESCE(f.year, q.year), quote_id = f.quote_id,
                    session_id = q.session_id, date = q.date
                FROM figures f JOIN quotes q ON q.id = f.quote_id
                WHERE f.id = fi.figure_id AND fi.indicator IS NOT NULL
                """)
        }
        migrator.registerMigration("v10-figure-series-index") { db in
            // The figure tracker reads every assigned figure grouped into series (indicator, scope,
            // unit) and in time order: this covering index hands them over in that order, so a cold
            // tracker neither hashes nor sorts 10^5–10^6 rows, and never visits the table. It starts
            // with (indicator, scope), so the older index on those two columns goes.
            try db.execute(sql: """
                CREATE INDEX figure_indicators_series ON figure_indicators(
                    indicator, scope, unit, kind, year, date, figure_id, value, value_max, qualifier, figure_year, quote_id, session_id, person_id)
                    WHERE indicator IS NOT NULL;
                DROP INDEX figure_indicators_indicator;
                """)
        }
        migrator.registerMigration("v11-store-id") { db in
            // A random id of this store, named by the search columns file next to it
            // (`QuoteColumnsFile`), so that a file is never taken for another database's.
            try db.execute(sql: "INSERT OR REPLACE INTO store_meta (key, value) VALUES ('store_id', ?)",
                           arguments: [Int64.random(in: 1...Int64.max)])
        }
        migrator.registerMigration("v12-batch-counts") { db in
            // Ingest speed. The writer adds up the analytics counts of a batch in memory and writes
            // each changed count once (`CountTally`) instead of three insert triggers running a
            // subquery upsert per quote, topic and country; the deletion trigger stays. Indexes no
            // query uses go: figures by year (filters read COALESCE(f.year, q.year)) and by subject
            // (matched through rostrum_key), quote countries by country (filters are in memory).
            // The full-text index buffers more terms per segment and merges less eagerly.
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS quotes_counted;
                DROP TRIGGER IF EXISTS quote_topics_counted;
                DROP TRIGGER IF EXISTS quote_countries_counted;
                DROP INDEX IF EXISTS figures_year;
                DROP INDEX IF EXISTS figures_subject;
                DROP INDEX IF EXISTS quote_countries_country;
                """)
            try db.execute(sql: "INSERT INTO quote_fts (quote_fts, rank) VALUES ('hashsize', ?)", arguments: [Self.ftsHashSize])
        }
        migrator.registerMigration("v13-fleeting-vowel-stems") { db in
            // The Russian stemmer drops the fleeting vowel of the last syllable («грузоперевозок» →
            // «грузоперевозк», as «грузоперевозки»): the index is brought to the new terms.
            try FleetingVowelReindex.migrate(db)
        }
        migrator.registerMigration("v14-person-keys-palladius") { db in
            // Chinese names in Palladius Cyrillic key as pinyin: people are keyed again, and merged
            // where a Cyrillic and a Latin spelling of one name were two people.
            try PersonRekey.migrate(db)
        }
        migrator.registerMigration("v15-organization-keys") { db in
            // Organisations key by `OrganizationKey` (stems, legal forms and kind-of-body words
            // forgiven): re-keyed, and merged where two spellings of one organisation were two.
            try OrganizationRekey.migrate(db)
        }
        migrator.registerMigration("v16-two-letter-words") { db in
            // The Russian stemmer leaves two-letter words whole («ИИ» is no longer «и»): rows that
            // held one are analysed again from the stored documents.
            try ShortWordReindex.migrate(db)
        }
        return migrator
    }

    /// Bytes of pending full-text terms FTS5 buffers before writing a segment (its default is 1 MB).
    static let ftsHashSize = 16 * 1_048_576

    /// The figure's own facts that v9 copies into `figure_indicators`, with their column types.
    static let figureIndicatorValueColumns: [(String, String)] = [
        ("value", "REAL"), ("value_max", "REAL"), ("unit", "TEXT"), ("kind", "TEXT"), ("qualifier", "TEXT"), ("figure_year", "INTEGER"),
        ("year", "INTEGER"), ("quote_id", "INTEGER"), ("session_id", "INTEGER"), ("date", "TEXT"),
    ]
}
