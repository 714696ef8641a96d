import Foundation
public import RostrumAnalytics
public import RostrumExtraction
public import RostrumStore

/// What every route needs: the knowledge base, the extraction pipeline and the configuration.
///
/// One value made at startup and shared by all requests; the store is the only mutable part and
/// it is safe to call from many requests at once.
public struct ServerDependencies: Sendable {
    public let store: any Store
    public let pipeline: ExtractionPipeline
    public let configuration: ServerConfiguration
    public let metrics: ServerMetrics
    /// The figure tracker (indicators, targets, conflicts), cached until the store changes.
    public let tracker: FigureTracker

    /// Dependencies over `store`.
    public init(store: any Store, pipeline: ExtractionPipeline = ExtractionPipeline(),
                configuration: ServerConfiguration = ServerConfiguration(), metrics: ServerMetrics = ServerMetrics()) {
        self.store = store
        self.pipeline = pipeline
        self.configuration = configuration
        self.metrics = metrics
        tracker = FigureTracker(store: store, asOfYear: Calendar(identifier: .gregorian).component(.year, from: Date()))
    }
}
