/// A target, its status and the evidence behind the status.
public struct TargetAssessment: Sendable, Hashable {
    /// The indicator the target belongs to.
    public var indicatorID: String
    public var indicatorName: String
    public var target: Observation
    public var status: TargetStatus
    /// The reported levels the status rests on, oldest first.
    public var evidence: [Observation]
    /// Why the target got its status, with the numbers.
    public var reason: TargetReason
    /// The indicator's unit, which the explanation's values are written in.
    public var unit: String?
    /// The value the trend reaches by the target year, when the status comes from a trend.
    public var projected: Double?

    /// An assessment.
    public init(indicatorID: String, indicatorName: String, target: Observation, status: TargetStatus, evidence: [Observation],
                reason: TargetReason, unit: String?, projected: Double? = nil) {
        self.indicatorID = indicatorID
        self.indicatorName = indicatorName
        self.target = target
        self.status = status
        self.evidence = evidence
        self.reason = reason
        self.unit = unit
        self.projected = projected
    }

    /// The status in one sentence, with the numbers.
    public var explanation: String { reason.sentence(name: indicatorName, unit: unit) }
}
