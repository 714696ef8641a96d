public import Prometheus

/// The server's Prometheus metrics, in a registry of its own (no process-wide bootstrap, so tests
/// can build many servers in one process). `/metrics` writes this registry out.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` exports.
    public let registry: PrometheusCollectorRegistry

    /// A fresh registry.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// The registry in the Prometheus text exposition format.
    public func exposition() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
