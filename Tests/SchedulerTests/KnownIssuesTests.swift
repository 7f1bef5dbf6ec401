import Testing
@testable import Scheduler
import Foundation

/// Differences from CPython found by the conformance tier whose fix belongs to a file this tier does not own.
/// Each runs against python3 inside `withKnownIssue`: when the bug is fixed the known issue stops being
/// recorded and the test fails, asking for the case to move into `Tests/Conformance/`.
@Suite struct KnownIssuesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var owner: String
        var source: String
        var testDescription: String { owner }
    }

    static let cases: [Case] = [
        Case(owner: "Interpreter.swift: f(*x) with a non-iterable names the function", source: """
            def two(a, b):
                return a + b
            try:
                two(*5)
            except TypeError as e:
                print(e)

            """),
        Case(owner: "Interpreter.swift/Dict.swift: f(**x) with a non-mapping names the function", source: """
            def two(a, b):
                return a + b
            try:
                two(**[1])
            except TypeError as e:
                print(e)
            try:
                two(**{"a": 1}, **{"a": 2})
            except TypeError as e:
                print(e)

            """),
    ]

    @Test(.enabled(if: TestSupport.python3 != nil, "python3 not on PATH"), arguments: cases)
    func stillDiffers(_ c: Case) throws {
        let (ours, _) = try TestSupport.runInProcess(c.source, file: "known.py")
        let py = try TestSupport.python(c.source)
        withKnownIssue(Comment(rawValue: c.owner)) {
            #expect(ours == py.stdout)
        }
    }
}
