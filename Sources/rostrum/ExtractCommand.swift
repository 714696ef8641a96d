import ArgumentParser
import Foundation
import RostrumExtraction
import RostrumModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Extract quotes, speakers, figures and topics from documents.")
    @Argument var files: [String]
    func run() throws {
        let pipeline = ExtractionPipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let doc = pipeline.extract(ProvisionalReader.read(text))
            print(String(decoding: try encoder.encode(doc), as: UTF8.self))
        }
    }
}
