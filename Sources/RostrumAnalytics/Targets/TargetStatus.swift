/// Where a stated target stands against what was reported later.
public enum TargetStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// A level reported for the target year or earlier reached it.
    case met
    /// The target year has passed and the levels reported for it (or later) fall short.
    case missed
    /// The year has not come yet and the reported trend reaches the target by then.
    case onTrack = "on_track"
    /// The year has not come yet and the reported trend falls short.
    case offTrack = "off_track"
    /// Too little was reported to tell.
    case noData = "no_data"
}
