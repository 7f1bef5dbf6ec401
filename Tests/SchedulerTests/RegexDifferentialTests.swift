import Testing
@testable import Scheduler
import Foundation

/// schedviz's `re` against CPython's on the seeded cases of `tools/re_pairs.py`: python3 runs
/// once, printing a program that evaluates every case (search/match/fullmatch spans, findall,
/// finditer, subn, sub with a function, split, or the compile error) and CPython's output of
/// it; schedviz runs the same program in-process and must print the same line per case.
@Suite struct RegexDifferentialTests {
    private struct Batch: Decodable {
        let program: String
        let expected: [String]
        let cases: [[Case]]
    }

    private enum Case: Decodable, CustomStringConvertible {
        case text(String), number(Int)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
        }
        var description: String {
            switch self {
            case .text(let s): return pythonRepr(s)
            case .number(let n): return String(n)
            }
        }
    }

    @Test("every generated case matches CPython", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH"),
          .timeLimit(.minutes(1)))
    func casesMatchCPython() throws {
        let tool = TestSupport.packageDir.appendingPathComponent("tools/re_pairs.py").path
        let py = try TestSupport.run(TestSupport.python3!, [tool])
        #expect(py.status == 0, "re_pairs.py failed: \(py.stderr)")
        let batch = try JSONDecoder().decode(Batch.self, from: Data(py.stdout.utf8))
        #expect(batch.cases.count >= 500)
        let (stdout, result) = try TestSupport.runInProcess(batch.program, file: "re_pairs.py")
        #expect(result.errorText == "")
        let ours = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var mismatches: [String] = []
        for (i, want) in batch.expected.enumerated() {
            let got = i < ours.count ? ours[i] : "<missing>"
            if got != want {
                mismatches.append("case \(i) \(batch.cases[i]):\n  python3:  \(want)\n  schedviz: \(got)")
            }
        }
        let report = "\(mismatches.count) of \(batch.expected.count) cases differ; the first:\n"
            + mismatches.prefix(5).joined(separator: "\n")
        #expect(mismatches.isEmpty, Comment(rawValue: report))
    }
}

/// The parser and matcher on their own, where the VM is not needed.
@Suite struct RegexEngineTests {
    private func search(_ pattern: String, _ subject: String, flags: Int = 0) throws -> (Int, Int)? {
        let program = RegexProgram(try RegexParser.parse(pattern, flags: flags))
        let text = Array(subject.unicodeScalars)
        var m = RegexMatcher(program, text, end: text.count)
        return m.search(from: 0).map { ($0.start, $0.end) }
    }

    @Test func aLongSubjectBacktracksWithoutRecursing() throws {
        let subject = String(repeating: "ab", count: 100_000) + "c"
        let r = try search("(?:a|b)*c", subject)
        #expect(r?.0 == 0 && r?.1 == 200_001)
        #expect(try search("(?:(a)|b)*?d", String(repeating: "ab", count: 300)) == nil)
    }

    @Test func deeplyNestedGroupsAreARecursionErrorNotACrash() {
        let pattern = String(repeating: "(", count: 5000) + String(repeating: ")", count: 5000)
        // The VM runs on a large stack; so does this test.
        let kind = LargeStack.run { () -> RegexError.Kind? in
            do throws(RegexError) { _ = try RegexParser.parse(pattern, flags: 0); return nil } catch { return error.kind }
        }
        #expect(kind == .recursion)
        let ok = LargeStack.run { (try? RegexParser.parse(String(repeating: "(?:", count: 400) + "a" + String(repeating: ")", count: 400), flags: 0)) != nil }
        #expect(ok)
    }

    @Test func errorsCarryCPythonsMessageAndPosition() {
        do {
            _ = try RegexParser.parse("ab(c", flags: 0)
            Issue.record("no error")
        } catch {
            #expect(error.message == "missing ), unterminated subpattern")
            #expect(error.pos == 2)
        }
    }

    @Test func leftmostFirstAlternativeWinsNotLongest() throws {
        #expect(try search("a|ab", "xab")! == (1, 2))
        #expect(try search("(?:ab|a)(?:bc)?", "abc")! == (0, 2))
    }
}
