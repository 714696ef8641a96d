import Foundation

/// An inline SVG chart of figure values by year: axes with year and value ticks, one dot per
/// figure, one colour per series (with a legend), labels and tooltips escaped.
///
/// A pure value: points in, SVG text out. With no points it draws a "No data" message; with one
/// year or one value it widens the axes so the point sits inside the plot.
public struct FigureChart: Sendable, Hashable {
    /// One figure on the chart.
    public struct Point: Sendable, Hashable {
        public var year: Int
        public var value: Double
        /// The series (colour) the point belongs to.
        public var series: String
        /// The tooltip: what the figure is and who said it.
        public var label: String

        /// A point.
        public init(year: Int, value: Double, series: String, label: String) {
            self.year = year
            self.value = value
            self.series = series
            self.label = label
        }
    }

    public var title: String
    /// The unit of every value, shown on the value axis ("USD", "percent").
    public var unit: String
    public var points: [Point]
    public var width: Double
    public var height: Double

    /// Space around the plot for ticks and labels.
    static let margin = (left: 64.0, right: 16.0, top: 34.0, bottom: 40.0)
    static let palette = ["#1f5fa8", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#be185d", "#0e7490", "#4d5562"]

    /// A chart of `points` (non-finite values are left out).
    public init(title: String, unit: String, points: [Point], width: Double = 720, height: Double = 300) {
        self.title = title
        self.unit = unit
        self.points = points.filter { $0.value.isFinite }
        self.width = width
        self.height = height
    }

    /// The series names in order of first appearance.
    public var series: [String] {
        var seen: [String] = []
        for point in points where !seen.contains(point.series) { seen.append(point.series) }
        return seen
    }

    /// The years shown: the points' years, widened by one on each side when there is only one.
    var yearRange: ClosedRange<Int> {
        let years = points.map(\.year)
        guard let low = years.min(), let high = years.max() else { return 0...1 }
        return low == high ? (low - 1)...(high + 1) : low...high
    }

    /// The values shown, from zero (or the lowest negative value) to a round number above the highest.
    var valueTicks: [Double] {
        let values = points.map(\.value)
        let low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 1)
        if high == low { high = low + 1 }
        let step = Self.niceStep((high - low) / 4)
        let first = (low / step).rounded(.down) * step
        var ticks: [Double] = []
        var tick = first
        while ticks.count < 12 {
            ticks.append(tick)
            if tick >= high { break }
            tick += step
        }
        return ticks
    }

    /// A step of 1, 2, 2.5 or 5 times a power of ten at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }

    /// The horizontal position of `year`.
    func x(_ year: Int) -> Double {
        let range = yearRange
        let left = Self.margin.left, right = width - Self.margin.right
        let span = Double(range.upperBound - range.lowerBound)
        let inset = min(24, (right - left) / 8)
        return left + inset + (Double(year - range.lowerBound) / max(span, 1)) * (right - left - 2 * inset)
    }

    /// The vertical position of `value`.
    func y(_ value: Double) -> Double {
        let ticks = valueTicks
        let low = ticks.first ?? 0, high = ticks.last ?? 1
        let top = Self.margin.top, bottom = height - Self.margin.bottom
        return bottom - (value - low) / max(high - low, .leastNonzeroMagnitude) * (bottom - top)
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let label = HTML.escape(title)
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(label)\">"
        out += "<text class=\"chart-title\" x=\"\(n(Self.margin.left))\" y=\"18\">\(label)</text>"
        let left = Self.margin.left, right = width - Self.margin.right
        let top = Self.margin.top, bottom = height - Self.margin.bottom
        guard !points.isEmpty else {
            out += "<rect class=\"frame\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(right - left))\" height=\"\(n(bottom - top))\"/>"
            out += "<text class=\"no-data\" x=\"\(n((left + right) / 2))\" y=\"\(n((top + bottom) / 2))\" text-anchor=\"middle\">No data for these filters</text>"
            return out + "</svg>"
        }
        // Value axis: grid lines and ticks.
        for tick in valueTicks {
            let ty = y(tick)
            out += "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(ty))\" x2=\"\(n(right))\" y2=\"\(n(ty))\"/>"
            out += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(ty + 4))\" text-anchor=\"end\">\(HTML.escape(FigureValue.short(tick)))</text>"
        }
        out += "<text class=\"axis-label\" x=\"12\" y=\"\(n((top + bottom) / 2))\" transform=\"rotate(-90 12 \(n((top + bottom) / 2)))\" text-anchor=\"middle\">\(HTML.escape(unit))</text>"
        // Year axis.
        out += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\"/>"
        out += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(bottom))\"/>"
        let range = yearRange
        let stride = max(1, (range.upperBound - range.lowerBound + 9) / 10)
        for year in Swift.stride(from: range.lowerBound, through: range.upperBound, by: stride) {
            let tx = x(year)
            out += "<line class=\"axis\" x1=\"\(n(tx))\" y1=\"\(n(bottom))\" x2=\"\(n(tx))\" y2=\"\(n(bottom + 5))\"/>"
            out += "<text class=\"tick\" x=\"\(n(tx))\" y=\"\(n(bottom + 18))\" text-anchor=\"middle\">\(year)</text>"
        }
        // Points, one colour per series.
        let names = series
        for point in points {
            let colour = Self.palette[(names.firstIndex(of: point.series) ?? 0) % Self.palette.count]
            out += "<circle class=\"point\" cx=\"\(n(x(point.year)))\" cy=\"\(n(y(point.value)))\" r=\"5\" fill=\"\(colour)\"><title>\(HTML.escape(point.label))</title></circle>"
        }
        // Legend along the top right.
        var legendX = right
        for (index, name) in names.enumerated().reversed() {
            let text = HTML.escape(name)
            legendX -= Double(name.count) * 7 + 22
            out += "<circle cx=\"\(n(legendX + 5))\" cy=\"14\" r=\"5\" fill=\"\(Self.palette[index % Self.palette.count])\"/>"
            out += "<text class=\"legend\" x=\"\(n(legendX + 14))\" y=\"18\">\(text)</text>"
        }
        return out + "</svg>"
    }

    /// A coordinate with at most one decimal.
    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
