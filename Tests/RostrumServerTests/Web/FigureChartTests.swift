import Testing
import RostrumModel
@testable import RostrumServer

@Suite("Figure chart and figure markup")
struct FigureChartTests {
    /// The numbers of every `name="…"` attribute in `svg`.
    func numbers(_ svg: String, _ name: String) -> [Double] {
        svg.components(separatedBy: " \(name)=\"").dropFirst().compactMap { rest in
            rest.split(separator: "\"", maxSplits: 1).first.flatMap { Double($0) }
        }
    }

    @Test func pointsLieInsideThePlotArea() {
        let chart = FigureChart(title: "Trade turnover", unit: "USD", points: [
            .init(year: 2014, value: 95e9, series: "level", label: "95 billion USD"),
            .init(year: 2016, value: 69.6e9, series: "level", label: "69.6 billion USD"),
            .init(year: 2020, value: 200e9, series: "target", label: "200 billion USD target"),
        ])
        let svg = chart.svg()
        let xs = numbers(svg, "cx").dropLast(chart.series.count)
        let ys = numbers(svg, "cy").dropLast(chart.series.count)
        #expect(xs.count == 3)
        for x in xs { #expect(x > FigureChart.margin.left && x < chart.width - FigureChart.margin.right) }
        for y in ys { #expect(y > FigureChart.margin.top - 0.01 && y <= chart.height - FigureChart.margin.bottom) }
        // Later years are further right, bigger values higher up.
        #expect(chart.x(2014) < chart.x(2016) && chart.x(2016) < chart.x(2020))
        #expect(chart.y(200e9) < chart.y(95e9))
        #expect(svg.contains(">2014</text>") && svg.contains(">2020</text>"))
        #expect(svg.contains(">200B</text>"))
        #expect(svg.contains(">target</text>"))
    }

    @Test func onePointSitsInTheMiddleOfWidenedAxes() {
        let chart = FigureChart(title: "Share", unit: "%", points: [.init(year: 2019, value: 55, series: "change", label: "55%")])
        #expect(chart.yearRange == 2018...2020)
        let x = chart.x(2019)
        #expect(abs(x - (FigureChart.margin.left + chart.width - FigureChart.margin.right) / 2) < 1)
        #expect(chart.y(55) < chart.height - FigureChart.margin.bottom)
        #expect(!chart.svg().contains("nan"))
    }

    @Test func noDataSaysSo() {
        let svg = FigureChart(title: "Figures by year", unit: "", points: []).svg()
        #expect(svg.contains("No data for these filters"))
        #expect(!svg.contains("<circle"))
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
    }

    @Test func labelsAreEscaped() {
        let svg = FigureChart(title: "<script>alert(1)</script>", unit: "U&S", points: [
            .init(year: 2018, value: 1, series: "<b>kind</b>", label: "\"quoted\" <img src=x>"),
        ]).svg()
        #expect(!svg.contains("<script>") && !svg.contains("<b>") && !svg.contains("<img"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("U&amp;S"))
        #expect(svg.contains("&quot;quoted&quot; &lt;img src=x&gt;"))
    }

    @Test func figuresAreMarkedAtTheirOffsetOrBySurface() {
        let text = "Trade was $80 billion <b>; we aim at $100 billion by 2020."
        let at = Figure(surface: "$100 billion", value: 100e9, unit: "USD", kind: .target, year: 2020, subject: "trade",
                        offset: text.utf16.count - "$100 billion by 2020.".utf16.count)
        let bySurface = Figure(surface: "$80 billion", value: 80e9, unit: "USD", kind: .level, offset: 999)
        let html = FigureMarkup.html(text, figures: [at, bySurface])
        #expect(html == "Trade was <mark class=\"figure\" title=\"80 billion USD · level\">$80 billion</mark> &lt;b&gt;; we aim at "
            + "<mark class=\"figure\" title=\"100 billion USD · target · 2020 · trade\">$100 billion</mark> by 2020.")
    }

    @Test func snippetsKeepOnlyTheirMarks() {
        #expect(HTML.snippet("a <mark>trade</mark> <script>x</script> & b") == "a <mark>trade</mark> &lt;script&gt;x&lt;/script&gt; &amp; b")
        #expect(HTML.isWebURL("https://example.org/a"))
        #expect(!HTML.isWebURL("javascript:alert(1)"))
        #expect(!HTML.isWebURL("/tmp/file.txt"))
    }
}
