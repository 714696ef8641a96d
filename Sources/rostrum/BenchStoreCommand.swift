import ArgumentParser
import Foundation
import RostrumExtraction
import RostrumGenerator
import RostrumModel
import RostrumStore

/// `rostrum bench ingest`: a generated corpus written to files first (not timed), then ingested as
/// `rostrum ingest` does: files read and extracted on all cores but the writer's, stored in batches
/// by one writer, through the same `IngestFileReader` and `IngestPipeline`.
struct BenchIngest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest throughput: sessions/s, MB/s, database size and peak memory over a generated corpus of files.")

    @Option(help: "Sessions to generate and ingest.")
    var sessions = 10_000

    @Option(help: "Corpus language: en, ru or mixed.")
    var lang: String = "mixed"

    @Option(help: "Seed of the generated corpus.")
    var seed: UInt64 = 7

    @Option(name: .customLong("db"), help: "Database file (default: a fresh temporary file, deleted afterwards).")
    var path: String?

    @Option(name: .customLong("corpus"), help: "Folder for the generated files, kept and reused by later runs with the same sessions, seed and language (default: a temporary folder, deleted afterwards).")
    var corpus: String?

    func run() async throws {
        #if DEBUG
            Terminal.note("warning: this is a debug build; run `swift run -c release rostrum bench ingest` for real figures.")
        #endif
        let language = CorpusLanguage(rawValue: lang) ?? .mixed
        let folder = BenchCorpusFiles(folder: corpus, sessions: sessions, seed: seed, language: language)
        defer { folder.removeIfTemporary() }
        let generationStart = ContinuousClock.now
        let reused = try await folder.prepare()
        let generation = ContinuousClock.now - generationStart
        let files = FileCollector(include: [], exclude: []).collect([folder.path])
        Terminal.note(String(format: "corpus: %d files in %@ (%@ in %.1f s, not timed)", files.count, folder.path,
                             reused ? "reused" : "generated", generation.seconds))
        let (store, file, temporary) = try BenchDatabase.open(path)
        defer { if temporary { BenchDatabase.remove(file) } }
        let reader = IngestFileReader(event: nil, date: nil, maximumBytes: 64 * 1_048_576)
        let clock = ContinuousClock()
        let start = clock.now
        let c0 = BenchDatabase.cpuSeconds()
        var storeTime = Duration.zero
        var bytes = 0, quotes = 0, done = 0, failed = 0
        var progress = IngestProgress(total: files.count)
        let batch = IngestPipeline.batchSize
        let batches = (files.count + batch - 1) / batch
        let (seed, root) = (seed, folder.path)
        var residentAt: [(Int, Double)] = []
        // As `rostrum ingest` does: a batch is read and extracted on all cores but one while the
        // store writes the batch before (`IngestPipeline`). "Store only" is the writer's wall time.
        // Each file is its own source, so that no generated session replaces another.
        try await IngestPipeline.run(batches: batches, store: store) { index in
            let names = Array(files[(index * batch)..<min((index + 1) * batch, files.count)])
            let extracted = await reader.extract(names)
            var items: [IngestItem] = []
            var unreadable = 0
            for outcome in extracted {
                switch outcome {
                case .success(let e):
                    items.append(IngestItem(document: e.document, raw: e.raw, source: "bench://\(seed)/" + e.file.dropFirst(root.count),
                                            preparation: e.preparation))
                case .failure(let message):
                    Terminal.error(message)
                    unreadable += 1
                }
            }
            let tally = (sessions: names.count, failed: unreadable, bytes: items.reduce(0) { $0 + $1.raw.utf8.count },
                         quotes: items.reduce(0) { $0 + $1.document.allQuotes.count })
            return (context: tally, items: items)
        } record: { written in
            let outcomes = try written.outcomes.get()
            storeTime += written.storeTime
            failed += written.context.failed + outcomes.filter { if case .failure = $0 { true } else { false } }.count
            done += written.context.sessions
            bytes += written.context.bytes
            quotes += written.context.quotes
            progress.update(files: done, quotes: quotes)
            if (done / batch) % max(1, batches / 4) == 0 || done == files.count {
                residentAt.append((done, BenchDatabase.memoryMB("VmRSS:")))
            }
        }
        // Before any read: a reader maps the file, and mapped pages it touches count as resident.
        let peak = BenchDatabase.memoryMB("VmHWM:")
        if failed > 0 { Terminal.error("\(failed) sessions failed to be read or stored") }
        progress.finish()
        let total = (clock.now - start).seconds
        let size = try await store.stats().sizeBytes
        let mb = Double(bytes) / 1_048_576
        let count = files.count
        print(String(format: "ingest: %d sessions (%.1f MB, %d quotes) in %.1f s: %.0f sessions/s, %.1f MB/s end to end (files read and extracted on all cores but the writer's, overlapped with the writer)",
                     count, mb, quotes, total, Double(count) / total, mb / total))
        print(String(format: "  store only: %.1f s, %.0f sessions/s, %.1f MB/s, %.0f quotes/s (one writer, %d sessions per transaction, overlapped with the next batch's extraction)",
                     storeTime.seconds, Double(count) / storeTime.seconds, mb / storeTime.seconds, Double(quotes) / storeTime.seconds, batch))
        let cpu = BenchDatabase.cpuSeconds() - c0
        print(String(format: "  process CPU: %.1f s (%.0f sessions per CPU second: reading, extraction and store; the machine's other load does not count here)",
                     cpu, Double(count) / max(cpu, 1e-9)))
        print(String(format: "  database: %.1f MB (%.1f× the text); peak memory %.0f MB while ingesting", Double(size) / 1_048_576,
                     Double(size) / Double(max(bytes, 1)), peak))
        print("  resident memory as the corpus grew: " + residentAt.map { String(format: "%d sessions %.0f MB", $0.0, $0.1) }.joined(separator: ", "))
        // The figures' indicators are matched after the timed ingest, as `rostrum ingest` does.
        let indexing = try await clock.measure { _ = try await IndexProgress.run(store) }
        print(String(format: "  figures matched to indicators afterwards in %.1f s", indexing.seconds))
    }
}

/// `rostrum bench search`: latency of typical queries with facets over a generated corpus.
struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency (p50/p99) for words, AND, phrases, prefixes and filters, facets included.")

    @Option(help: "Quotes the corpus should hold; sessions are generated until it does.")
    var quotes = 100_000

    @Option(name: .customLong("db"), help: "Database to search (reused when it already holds enough quotes).")
    var path: String?

    @Option(help: "Times each query is run.")
    var repeats = 10

    @Flag(name: .customLong("search-cache"), help: "Keep the store's search result cache on (repeated runs then come from it).")
    var searchCache = false

    @Option(name: .customLong("record"), help: "Write the results of a fixed set of varied queries to this file (to compare two builds) and stop.")
    var record: String?

    func run() async throws {
        #if DEBUG
            Terminal.note("warning: this is a debug build; run `swift run -c release rostrum bench search` for real figures.")
        #endif
        let (store, file, temporary) = try BenchDatabase.open(path, searchCache: searchCache ? .standard : .disabled)
        defer { if temporary { BenchDatabase.remove(file) } }
        var held = try await store.stats().quotes
        if held < quotes {
            Terminal.note("building a corpus of \(quotes) quotes in \(file)…")
            let generator = CorpusGenerator(seed: 11, language: .mixed)
            let pipeline = ExtractionPipeline()
            var index = try await store.stats().sessions
            while held < quotes {
                let indices = Array(index..<(index + 512))
                let documents = await BenchCorpus.extract(indices, generator: generator, pipeline: pipeline)
                _ = try await store.ingest(batch: documents.map { IngestItem(document: $0.document, raw: $0.raw, source: "bench-search://\($0.index)") })
                held += documents.reduce(0) { $0 + $1.document.allQuotes.count }
                index += 512
                if index % 10240 == 0 { Terminal.note("  \(held) quotes…") }
            }
            try await IndexProgress.run(store)
        }
        if let record {
            try await BenchSearchRecord.write(store, to: record)
            return
        }
        let classes: [(String, [String])] = [
            ("word", ["trade", "investment", "soybeans", "tourism", "инвестиции", "торговля", "energy", "port"]),
            ("two words", ["trade turnover", "investment projects", "gas supplies", "инвестиции проекты", "container traffic"]),
            ("phrase", [#""trade turnover""#, #""Far East""#, #""Дальний Восток""#, #""free port""#]),
            ("prefix", ["invest*", "agri*", "экспорт*", "tour*"]),
        ]
        let filters = ["year:2016..2019", "lang:ru", "country:CN", "has:figures", "kind:problem", "lang:en has:figures"]
        var groups: [(String, [String])] = []
        for (name, queries) in classes {
            groups.append((name, queries))
            groups.append((name + " +filter", queries.enumerated().map { $0.element + " " + filters[$0.offset % filters.count] }))
        }
        groups.append(("filters only", ["kind:problem country:CN", "year:2017 lang:en", "has:figures country:RU", "lang:ru kind:solution"]))
        // The first search after opening reads the filter and facet columns of every quote into memory.
        let t0 = ContinuousClock.now
        _ = try await store.search(try SearchQuery(parsing: "trade"), limit: 10, offset: 0, sort: .relevance)
        let first = (ContinuousClock.now - t0).seconds * 1000
        print("search over \(held) quotes (limit 10, facets over all hits included, 1 cold + \(repeats) runs per query, result cache "
            + (searchCache ? "on" : "off") + "):")
        print(String(format: "  first search after opening (loads the in-memory columns): %.0f ms", first))
        print("  p50/p99 over repeated runs (term postings cached in memory); cold = each query's first run after opening")
        var all: [Double] = [], allCold: [Double] = []
        for (name, queries) in groups {
            var times: [Double] = [], cold: [Double] = [], cpu: [Double] = []
            var hits: [Int] = []
            for text in queries {
                let query = try SearchQuery(parsing: text)
                for run in 0...repeats {
                    let t0 = ContinuousClock.now
                    let c0 = BenchDatabase.cpuSeconds()
                    let results = try await store.search(query, limit: 10, offset: 0, sort: .relevance)
                    let ms = (ContinuousClock.now - t0).seconds * 1000
                    if run > 0 { cpu.append((BenchDatabase.cpuSeconds() - c0) * 1000) }
                    if run == 0 {
                        hits.append(results.total)
                        cold.append(ms)
                    } else {
                        times.append(ms)
                    }
                }
            }
            all += times
            allCold += cold
            print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: " p50 %7.2f ms  p99 %7.2f ms  (CPU p50 %6.2f ms)  cold p50 %7.1f ms, max %7.1f ms  (hits: median %d, max %d)",
                         percentile(times, 0.5), percentile(times, 0.99), percentile(cpu, 0.5), percentile(cold, 0.5), cold.max() ?? 0,
                         hits.sorted()[hits.count / 2], hits.max() ?? 0))
        }
        print(String(format: "  all              p50 %7.2f ms  p99 %7.2f ms  cold p50 %7.1f ms, max %7.1f ms",
                     percentile(all, 0.5), percentile(all, 0.99), percentile(allCold, 0.5), allCold.max() ?? 0))
    }

    private func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}

/// Opening and removing benchmark databases, and the process's peak memory.
enum BenchDatabase {
    static func open(_ path: String?, searchCache: SearchCacheLimits = .standard) throws -> (SQLiteStore, String, Bool) {
        let file = path ?? FileManager.default.temporaryDirectory.appendingPathComponent("rostrum-bench-\(UUID().uuidString).sqlite").path
        do {
            return (try SQLiteStore(path: file, searchCache: searchCache), file, path == nil)
        } catch {
            throw CLIError.message(error.description)
        }
    }

    static func remove(_ file: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
    }

    /// CPU time of the process so far (user + system), in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// A memory figure of /proc/self/status (VmHWM: peak resident, VmRSS: resident now), in MB (0 where unavailable).
    static func memoryMB(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}

/// Generated sessions extracted in parallel, for the store benchmarks.
enum BenchCorpus {
    struct Item: Sendable {
        var index: Int
        var raw: String
        var document: ExtractedDocument
    }

    /// The sessions `indices` of `generator`, extracted on `width` tasks (all cores unless
    /// given), in index order (failures left out).
    static func extract(_ indices: [Int], generator: CorpusGenerator, pipeline: ExtractionPipeline,
                        width: Int = ProcessInfo.processInfo.activeProcessorCount) async -> [Item] {
        await OrderedParallelMap.map(indices, width: width) { index -> Item? in
            let session = generator.makeSession(index: index)
            guard let document = try? pipeline.extract(text: session.text, options: ExtractionOptions(fileExtension: session.format.fileExtension))
            else { return nil }
            return Item(index: index, raw: session.text, document: document)
        }.compactMap { $0 }
    }
}
