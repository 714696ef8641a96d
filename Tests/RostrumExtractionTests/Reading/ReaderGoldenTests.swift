import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// Guards the readers' output against accidental change: every document of `samples/` is read
/// by the format detector and by each reader, and a digest of the resulting blocks and metadata
/// must match the digest recorded when the readers were last changed on purpose.
///
/// When a reader's output is changed deliberately, run this suite, check the new output, and
/// replace the recorded digests with the ones the failure messages print.
@Suite("Reader output stays byte-identical")
struct ReaderGoldenTests {
    /// The `samples/` folder of the repository, found from this file's path.
    static var samplesFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
    }

    /// Sample files relative to `samples/`, sorted.
    static func sampleFiles() -> [String] {
        let root = samplesFolder
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where ["txt", "md", "html"].contains(url.pathExtension) {
            files.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return files.sorted()
    }

    /// A canonical text dump of what a read produced.
    static func dump(_ result: Result<ReadOutcome, ReadError>) -> String {
        switch result {
        case .failure(let error): return "error: \(error)"
        case .success(.extracted(let document)): return "extracted: \(document.sections.count) sections"
        case .success(.source(let source)): return dump(source)
        }
    }

    static func dump(_ source: SourceDocument) -> String {
        var out = "format=\(source.format.rawValue)\n"
        let m = source.metadata
        out += "title=\(m.title ?? "-")\nevent=\(m.event ?? "-")\ndate=\(m.date ?? "-")\n"
        out += "source=\(m.source ?? "-")\nlanguage=\(m.language.map { "\($0)" } ?? "-")\n"
        for p in m.participants { out += "participant=\(p.name)|\(p.role ?? "-")|\(p.isModerator)\n" }
        for block in source.blocks { out += "\(block.line) \(block.kind): \(block.text)\n" }
        return out
    }

    /// FNV-1a over the UTF-8 of `text`: stable across runs and platforms.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    /// Digests of every sample read five ways: detected, and by each of the four readers.
    static func digests(of file: String) throws -> [String] {
        let url = samplesFolder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var results: [Result<ReadOutcome, ReadError>] = []
        results.append(Result { () throws(ReadError) in try DocumentReading.read(text, fileExtension: url.pathExtension) })
        results.append(Result { () throws(ReadError) in try DocumentReading.read(text, fileExtension: nil) })
        for format in [SourceFormat.text, .markdown, .html, .transcript] {
            results.append(Result { () throws(ReadError) in .source(try DocumentReading.reader(for: format).read(text)) })
        }
        return results.map { digest(dump($0)) }
    }

    @Test("every sample reads exactly as recorded", arguments: sampleFiles())
    func sampleMatchesRecording(_ file: String) throws {
        let actual = try Self.digests(of: file).joined(separator: " ")
        #expect(Self.recorded[file] == actual, "\(file): \"\(file)\": \"\(actual)\",")
    }

    @Test("the samples folder is found")
    func samplesExist() {
        #expect(Self.sampleFiles().count >= 20)
    }

    static let recorded: [String: String] = [
        "README.md": "d62a73ad42447402 d62a73ad42447402 5a05d19eab609978 d62a73ad42447402 45c5b9cfb7ba1bb2 811fe7ec8752193d",
        "arctic-2019/2019-04-09-arctic-shipping-investment.txt": "939627c7b8b2902c 939627c7b8b2902c 939627c7b8b2902c a1e546f59dbc5ab6 356b1ac009dc87c7 c93a9e84a653fd97",
        "arctic-2019/2019-04-10-porty-smp-stenogramma.txt": "348de3b9a261a9d9 348de3b9a261a9d9 5abdb1e3a0c579db 3648b7eacf776da4 655c12bb3ec0573c 348de3b9a261a9d9",
        "eef-2016/2016-09-02-russia-china-cooperation-far-east.txt": "f05893c7ede60e86 f05893c7ede60e86 f05893c7ede60e86 38a6fb9a334ec92e 9fdf3d51d71e47ab 3602b7c5a754c047",
        "eef-2016/2016-09-03-japan-russia-eight-point-plan.txt": "50f6abfeb3913a40 50f6abfeb3913a40 50f6abfeb3913a40 eb62e3ed2f84fffd fea2226cab4788ee 6d4fa4c3aa34fd27",
        "eef-2017/2017-09-06-northern-sea-route-logistics.html": "c1708b7b82237d8a c1708b7b82237d8a 17a0b889eab1c292 66ea3ca901b60ae c1708b7b82237d8a c95ed69a1276cda1",
        "eef-2017/2017-09-06-russia-china-trade-new-targets.txt": "6676365833a577d9 6676365833a577d9 6676365833a577d9 5b9dce74f7b5a9dd 7addb4320686bf68 5ff6a3a5ef90826c",
        "eef-2017/2017-09-07-korea-russia-nine-bridges.md": "900dec08e2c23ab0 900dec08e2c23ab0 7033c5b805adcdd8 900dec08e2c23ab0 ff932cf4cf8f3924 9170b8dff75dd121",
        "eef-2017/2017-09-07-turizm-iz-azii.txt": "d69d7abd415858f5 d69d7abd415858f5 d69d7abd415858f5 897e673acb09f641 a52e84090649cdac 422ec022ddaef10c",
        "eef-2018/2018-09-11-agriculture-exports-asia.txt": "6dc9b3196b984420 6dc9b3196b984420 6dc9b3196b984420 a3d38ddad8ff7150 a9e70f7ad89eb943 431a655a0631f271",
        "eef-2018/2018-09-12-investment-platforms-transcript.txt": "828daed369e970da 828daed369e970da e3334de4be45d3cd 75537e2248d80e14 cf84285cb97cfabb 828daed369e970da",
        "eef-2018/2018-09-12-torgovlya-rossiya-kitay.txt": "208069a1a725bf27 208069a1a725bf27 208069a1a725bf27 16e512b22fb14b0e 4d005513638a70b3 cce093bed6b67a5e",
        "eef-2019/2019-09-04-russia-china-trade-energy.md": "b658984b6271db37 b658984b6271db37 5b5eeed8fa799ff4 b658984b6271db37 54fc74e1abd5885d 6aeb8f65cb87ebad",
        "eef-2019/2019-09-05-dalniy-vostok-investitsii.txt": "bed855d1a520fee8 bed855d1a520fee8 bed855d1a520fee8 6058b53b3c0c3d45 4806c3b3300a98a9 4c22243f345e1ee0",
        "eef-2019/2019-09-05-india-russia-far-east.txt": "f6c5c18f39bfde08 f6c5c18f39bfde08 f6c5c18f39bfde08 f5739e421831c308 fee86e4dd147b979 15e32284acf6d9f",
        "rew-2018/2018-10-03-global-lng-market.txt": "76eea37bfe432d1f 76eea37bfe432d1f 76eea37bfe432d1f ec69b823de3dbd63 23c340eafffe4730 b868925188e46a24",
        "rew-2018/2018-10-04-oil-market-balance-transcript.txt": "9c1bbebaab9d0032 9c1bbebaab9d0032 77d7f5b1a65b4dc3 6503c54ff0ff92e4 55d92519b348b430 9c1bbebaab9d0032",
        "rew-2018/2018-10-05-vie-posle-pervoy-volny.txt": "dc98bb919f4b8de7 dc98bb919f4b8de7 dc98bb919f4b8de7 79f58e4e299885e5 b9e728a7f9e40562 ba8f59be01977ca2",
        "rif-2019/2019-02-14-natsionalnye-proekty-finansirovanie.txt": "8ac4853a6e558079 8ac4853a6e558079 8ac4853a6e558079 1197798a2b8fb866 fd48cca70eb492f7 b786b211aa628144",
        "rif-2019/2019-02-15-agroeksport-aziya.html": "eeaff9bea76fa51 eeaff9bea76fa51 a7ae4887387cb571 99a46da5f8eb0fc8 eeaff9bea76fa51 bcaadcc91db6c56a",
        "spief-2017/2017-06-01-eurasian-transport-corridors.txt": "e0803d05290a949a e0803d05290a949a e0803d05290a949a 93dfdbd994c5321f be632b4dbf6fe6c4 21619b49d162a4c1",
        "spief-2017/2017-06-02-media-content-asia.html": "8355327dbb1e254f 8355327dbb1e254f 78fad3adca7b59f3 f8c7bbe910dbb67b 8355327dbb1e254f e73602948eaf81f6",
        "spief-2019/2019-06-06-smart-cities-eurasia.txt": "d18393136f203d6d d18393136f203d6d d18393136f203d6d 99139457a7b6fb1b eb90915f50b90a48 51c8ed3a6260d22a",
        "spief-2019/2019-06-07-rossiya-kitay-investitsii.md": "6b6740ee0dae8a6d 6b6740ee0dae8a6d 925b125dd699a035 6b6740ee0dae8a6d 646e37d123bd3543 d92eba091e14d64a",
    ]
}
