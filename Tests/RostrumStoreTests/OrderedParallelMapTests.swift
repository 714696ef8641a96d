import Testing
import RostrumStore

/// Ingest extracts files on a bounded number of tasks; the results must come back in input order
/// whatever the width, so that outcomes are reported against the right files.
@Suite("Ordered parallel map")
struct OrderedParallelMapTests {
    @Test(arguments: [1, 2, 3, 64])
    func resultsKeepTheInputOrder(width: Int) async {
        let files = (0..<40).map { "session-\($0).txt" }
        // Earlier items take longer, so later ones finish first when tasks run side by side.
        let names = await OrderedParallelMap.map(Array(files.enumerated()), width: width) { index, file -> String in
            var spin = 0
            for i in 0..<((40 - index) * 2_000) { spin &+= i }
            return spin >= 0 ? file.uppercased() : file
        }
        #expect(names == files.map { $0.uppercased() })
    }

    @Test func nothingInNothingOut() async {
        let none: [Int] = await OrderedParallelMap.map([Int](), width: 4) { $0 * 2 }
        #expect(none.isEmpty)
    }
}
