public import RostrumStore

/// The indicators of one range of series, each judged (targets and conflicts) as soon as its series
/// is complete: on the thread that read it, while its observations are still in the cache, so a
/// cold figure tracker reads and judges its ranges side by side.
struct JudgedSeries: Sendable {
    /// A completed indicator's targets and conflicts.
    struct Judgement: Sendable {
        var targets: [TargetAssessment]
        var conflicts: [FigureConflict]
    }

    private var series: SeriesAccumulator
    private let evaluator: TargetEvaluator
    private let finder = ConflictFinder()
    /// The judgements of `series.indicators`, in the same order.
    private(set) var judgements: [Judgement] = []

    /// A range of series of indicators in `definitions` (by id), targets judged by `evaluator`.
    init(definitions: [String: IndicatorDefinition], evaluator: TargetEvaluator) {
        series = SeriesAccumulator(definitions: definitions)
        self.evaluator = evaluator
    }

    /// Takes the next figure in series order, judging the indicators it completes.
    mutating func add(_ row: IndicatorFigure) {
        series.add(row)
        if series.indicators.count > judgements.count { judgeCompleted() }
    }

    /// Every indicator of the range with its judgement, the series still open included.
    mutating func finish() -> [(indicator: Indicator, judgement: Judgement)] {
        _ = series.finish()
        judgeCompleted()
        return Array(zip(series.indicators, judgements))
    }

    /// Judges the indicators completed since the last call.
    private mutating func judgeCompleted() {
        for indicator in series.indicators[judgements.count...] {
            judgements.append(Judgement(targets: evaluator.assess(indicator), conflicts: finder.conflicts(in: indicator)))
        }
    }
}
