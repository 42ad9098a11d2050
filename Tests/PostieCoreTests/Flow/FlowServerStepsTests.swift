import Foundation
import PostieJSON
import Testing

@testable import PostieCore

/// The flow keys that promote between servers: `environments`, a step's `environment`, `scripts`,
/// `upload` and `expect.sameAs`; and the byte comparison behind `sameAs`.
@Suite("Flows across servers")
struct FlowServerStepsTests {
    static let flow = """
        {
          "collection": "c.json",
          "environments": { "dev": "dev.json", "prod": "/abs/prod.json" },
          "scripts": false,
          "steps": [
            { "request": "Package", "environment": "dev", "save": "package.yxzp" },
            { "request": "Publish", "environment": "prod", "scripts": true, "upload": { "file": "package.yxzp" } },
            { "request": "Output", "environment": "dev", "save": "dev.csv" },
            { "request": "Output", "environment": "prod", "expect": { "status": 200, "sameAs": "dev.csv" } }
          ]
        }
        """

    @Test func readsTheKeys() throws {
        let document = try FlowParser.parse(Data(Self.flow.utf8), file: "promote.flow.json")
        #expect(document.environments.map(\.name) == ["dev", "prod"])
        #expect(document.environments.map(\.path) == ["dev.json", "/abs/prod.json"])
        #expect(document.environments.first?.location?.line == 3)
        #expect(!document.runsScripts)
        #expect(document.steps.map(\.environment) == ["dev", "prod", "dev", "prod"])
        #expect(document.steps[1].scripts == true && document.steps[0].scripts == nil)
        #expect(document.steps[1].uploads == [FlowUpload(field: "file", savedFile: "package.yxzp")])
        #expect(document.steps[3].sameAs == "dev.csv")
        #expect(document.steps[3].expect?.assertions.count == 1)
    }

    @Test(arguments: [
        (#""environment": "stage""#, #"5:44: environment: "stage" is not one of the flow's environments (dev, prod)"#),
        (#""upload": { "file": "other.yxzp" }"#,
         #"5:49: upload "file": "other.yxzp" is saved by no earlier step (no earlier step saves a file)"#),
        (#""expect": { "sameAs": "../x.csv" }"#, #"5:51: expect.sameAs "../x.csv": '..' would leave the output directory"#),
        (#""expect": { "sameas": "x.csv" }"#, #"did you mean "sameAs"?"#),
    ])
    func refusesWhatCannotRun(step: String, message: String) throws {
        let text = """
            {
              "collection": "c.json",
              "environments": { "dev": "dev.json", "prod": "prod.json" },
              "steps": [
                { "request": "Publish", \(step) }
              ]
            }
            """
        #expect {
            try FlowParser.parse(Data(text.utf8), file: "f.json")
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func aStepOfAFlowWithoutEnvironmentsIsToldHowToAddThem() {
        let text = #"{"steps": [{"request": "a", "environment": "prod"}]}"#
        #expect {
            try FlowParser.parse(Data(text.utf8), file: "f.json")
        } throws: { error in
            "\(error)" == #"f.json:1:44: environment: the flow has no "environments"; add one such as "environments": {"prod": "prod.postman_environment.json"}"#
        }
    }

    @Test func theSameBytesHaveNoDifference() {
        #expect(ByteDifference.first(expected: Data("a,b\n1,2\n".utf8), actual: Data("a,b\n1,2\n".utf8)) == nil)
        #expect(ByteDifference.first(expected: Data(), actual: Data()) == nil)
    }

    @Test func theFirstDifferenceHasItsOffsetLineColumnExcerptsAndSizes() throws {
        let expected = Data("Date,Currency,Rate\n2021-07-29,USD,1.1891\n2021-07-29,JPY,130.55\n".utf8)
        var actual = expected
        let offset = 39  // the last digit of 1.1891
        actual[offset] = UInt8(ascii: "2")
        let difference = try #require(ByteDifference.first(expected: expected, actual: actual))
        #expect(difference.offset == offset)
        #expect(difference.line == 2 && difference.column == 21)
        #expect(difference.expectedExcerpt == #""…-07-29,USD,1.1891\n2021-07-29,JPY,…""#)
        #expect(difference.actualExcerpt == #""…-07-29,USD,1.1892\n2021-07-29,JPY,…""#)
        #expect(difference.message(expectedName: "dev.csv").hasPrefix("the answer differs from dev.csv at byte 39 (line 2, column 21): "))
        #expect(difference.message(expectedName: "dev.csv").hasSuffix("; both 63 bytes"))
    }

    @Test func aShorterSideDiffersWhereItEnds() throws {
        let difference = try #require(ByteDifference.first(expected: Data("héllo\nworld".utf8), actual: Data("héllo\nwor".utf8)))
        #expect(difference.offset == 10 && difference.line == 2 && difference.column == 4)
        #expect(difference.actualExcerpt == #""héllo\nwor" (end)"#)
        #expect(difference.expectedSize == 12 && difference.actualSize == 10)
        #expect(difference.message(expectedName: "a").hasSuffix("; a is 12 bytes, this answer 10"))
        // Columns count characters: é is two bytes but one column.
        let accented = try #require(ByteDifference.first(expected: Data("é1".utf8), actual: Data("é2".utf8)))
        #expect(accented.offset == 2 && accented.column == 2)
    }
}
