import GRDB

/// The versioned schema of the SQLite knowledge base.
///
/// Session-level facts (language, year, date, event) and the section kind are copied onto each
/// quote so that filters and facets read one table. Figures, topics and countries are ordinary
/// indexed tables, not part of the full-text index. `quote_fts` holds the searchable text of a
/// quote with rowid = quotes.id, tokenized by `RostrumTokenizer`. Session and quote ids are
/// never reused (AUTOINCREMENT), so an id a user saw never names another session later.
/// v2 drops the quote indexes that search no longer uses and adds `store_meta`; v3 adds the
/// `quote_vocab` view of the index; v5 adds `figure_indicators`.
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
        return migrator
    }
}
