public import Prometheus
public import RostrumStore

/// The server's Prometheus metrics, in a registry of its own (no process-wide bootstrap, so tests
/// can build many servers in one process). `/metrics` writes this registry out.
///
/// - `rostrum_http_requests_total{method,route,status}`: requests by route pattern (never the raw URI,
///   so ids and queries do not multiply the series);
/// - `rostrum_http_request_duration_seconds{method,route}`: latency histogram;
/// - `rostrum_documents_ingested_total{outcome}`: inserted, unchanged, replaced or failed uploads;
/// - `rostrum_searches_total{target}`: searches for quotes or for sessions.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` exports.
    public let registry: PrometheusCollectorRegistry

    /// A fresh registry.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// The latency buckets, from 1 ms to 10 s.
    static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
    ]

    /// Counts one answered request and its latency.
    public func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(namespace: "rostrum", metricName: "http_requests", unitName: "total",
                                             helpText: "HTTP requests by method, route pattern and status"),
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(namespace: "rostrum", metricName: "http_request_duration", unitName: "seconds",
                                             helpText: "HTTP request latency by method and route pattern"),
            labels: [("method", method), ("route", route)], buckets: Self.latencyBuckets
        ).record(duration)
    }

    private func ingested(_ outcome: String) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(namespace: "rostrum", metricName: "documents_ingested", unitName: "total",
                                             helpText: "Uploaded documents by outcome: inserted, unchanged, replaced, failed"),
            labels: [("outcome", outcome)]
        ).increment()
    }

    /// Counts one stored (or already present) upload.
    public func recordIngest(_ outcome: IngestOutcome) {
        switch outcome {
        case .inserted: ingested("inserted")
        case .unchanged: ingested("unchanged")
        case .replaced: ingested("replaced")
        }
    }

    /// Counts one upload refused (unreadable, too large, unsupported).
    public func recordIngestFailure() {
        ingested("failed")
    }

    /// Counts one search.
    public func recordSearch(sessions: Bool) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(namespace: "rostrum", metricName: "searches", unitName: "total",
                                             helpText: "Searches by target: quotes or sessions"),
            labels: [("target", sessions ? "sessions" : "quotes")]
        ).increment()
    }

    /// The registry in the Prometheus text exposition format.
    public func exposition() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
