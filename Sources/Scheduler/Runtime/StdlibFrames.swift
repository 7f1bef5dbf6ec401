/// Frames of the code that stands in for CPython's Python-written standard library (asyncio's
/// prelude), printed as CPython 3.11.7 prints its own: the library file under `stdlibPrefix`,
/// CPython's line number and function name, the source line and its markers.
///
/// A line of such source says which CPython line it is with a trailing comment
/// `#@ tasks.py:502` (optionally `#@ timeouts.py:115 __aexit__` for the function's name, and
/// several frames, outermost first, separated by commas, where CPython runs through functions the
/// stand-in has folded into one). Lines without one print as before (`File "<asyncio>", line N`).
/// The table is read only when a traceback prints.

/// One frame as CPython prints it.
struct StdlibFrame {
    var file: String                 // relative to the library, e.g. "asyncio/tasks.py"
    var line: Int32
    var function: String?            // nil: the frame's own code name
}

/// What a stand-in line shows: its CPython frames and its own text (the markers come from it).
struct StdlibLine {
    var frames: [StdlibFrame]
    var raw: Substring
}

/// A traceback line ready to print.
struct DisplayFrame {
    var file: String
    var line: Int32
    var function: String
    var text: String?
    var carets: String?

    func sameLine(_ other: DisplayFrame?) -> Bool {
        guard let other else { return false }
        return line == other.line && file == other.file && function == other.function
    }
}

enum StdlibFrames {
    /// Where schedviz says CPython's standard library is: Debian's and Ubuntu's python3.11.
    /// (CPython prints where it is installed; the conformance tests map the local one here.)
    static let stdlibPrefix = "/usr/lib/python3.11/"

    /// The file an entry made by native code carries (`VM.addStdlibFrame`): not a name a
    /// program can have.
    static let nativeMarker = "\u{0}"

    /// Lines CPython prints whose text the stand-in does not have (the stand-in folds the
    /// function away, or names things differently): the text and the part the markers go under
    /// (nil: none, as for a statement that is the whole line).
    static let texts: [String: (text: String, span: String?)] = [
        "asyncio/runners.py:190": ("return runner.run(main)", "runner.run(main)"),
        "asyncio/runners.py:118": ("return self._loop.run_until_complete(task)", "self._loop.run_until_complete(task)"),
        "asyncio/runners.py:89": ("raise ValueError(\"a coroutine was expected, got {!r}\".format(coro))", nil),
        "asyncio/runners.py:93": ("raise RuntimeError(", nil),
        "asyncio/runners.py:186": ("raise RuntimeError(", nil),
        "asyncio/runners.py:72": ("loop.run_until_complete(loop.shutdown_asyncgens())", nil),
        "asyncio/runners.py:73": ("loop.run_until_complete(loop.shutdown_default_executor())", nil),
        "asyncio/base_events.py:519": ("raise RuntimeError('Event loop is closed')", nil),
        "asyncio/base_events.py:588": ("raise RuntimeError('This event loop is already running')", nil),
        "asyncio/base_events.py:590": ("raise RuntimeError(", nil),
        "asyncio/base_events.py:628": ("self._check_closed()", nil),
        "asyncio/base_events.py:629": ("self._check_running()", nil),
        "asyncio/base_events.py:653": ("return future.result()", "future.result()"),
        "asyncio/tasks.py:649": ("return await future", "await future"),
        "asyncio/tasks.py:637": ("async def sleep(delay, result=None):", nil),
        "asyncio/tasks.py:640": ("await __sleep0()", nil),
        "asyncio/tasks.py:634": ("yield", nil),
        "asyncio/tasks.py:464": ("raise exceptions.TimeoutError() from exc", nil),
        "asyncio/tasks.py:502": ("raise exceptions.TimeoutError() from exc", nil),
        "asyncio/tasks.py:614": ("raise exceptions.TimeoutError", nil),
        "asyncio/locks.py:283": ("raise exceptions.CancelledError", nil),
        "asyncio/locks.py:489": ("await self._block() # Block while the barrier drains or resets.", nil),
        "asyncio/locks.py:518": ("raise exceptions.BrokenBarrierError(\"Barrier aborted\")", nil),
        "asyncio/locks.py:537": ("raise exceptions.BrokenBarrierError(\"Abort or reset of barrier\")", nil),
        "asyncio/locks.py:510": ("await self._cond.wait_for(", nil),
        "asyncio/locks.py:534": ("await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)", nil),
        "asyncio/tasks.py:615": ("return f.result()  # May raise f.exception().", "f.result()"),
        "asyncio/events.py:80": ("self._context.run(self._callback, *self._args)", nil),
    ]

    /// The `#@` annotations of `source`, by line number; the text before the comment is the line.
    static func annotations(_ source: String, directory: String) -> [Int32: StdlibLine] {
        var out: [Int32: StdlibLine] = [:]
        for (i, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let mark = line.range(of: "  #@ ") else { continue }
            var frames: [StdlibFrame] = []
            for item in line[mark.upperBound...].split(separator: ",") {
                let words = item.split(separator: " ")
                guard let spec = words.first, let colon = spec.lastIndex(of: ":"), let n = Int32(spec[spec.index(after: colon)...]) else {
                    fatalError("bad frame annotation in a stand-in module: \(line)")
                }
                frames.append(StdlibFrame(file: directory + spec[..<colon], line: n, function: words.count > 1 ? String(words[1]) : nil))
            }
            var raw = line[..<mark.lowerBound]
            while raw.last == " " { raw = raw.dropLast() }
            out[Int32(i + 1)] = StdlibLine(frames: frames, raw: raw)
        }
        return out
    }

    /// The name CPython gives a method the prelude writes as `Class__method`.
    static func methodName(_ name: String) -> String {
        preludeMethod(name).map { String($0.method) } ?? name
    }

    /// `Queue__get` is the prelude's `Queue.get`, `TaskGroup____aexit__` its `TaskGroup.__aexit__`:
    /// the class and the method, or nil for other names.
    static func preludeMethod(_ name: String) -> (owner: Substring, method: Substring)? {
        guard let first = name.first, first.isUppercase, let r = name.range(of: "__"), r.lowerBound > name.startIndex else { return nil }
        return (name[..<r.lowerBound], name[r.upperBound...])
    }
}

extension VM {
    /// Records the frame `function` at `file:line` of CPython's library (as in `StdlibFrames.texts`)
    /// in `exc`'s traceback: where native code stands in for a Python function CPython shows.
    func addStdlibFrame(_ exc: Value, _ file: String, _ line: Int32, _ function: String) {
        guard let e = heap[exc.objectIndex] as? ExceptionObject else { return }
        e.traceback.append(TracebackEntry(file: StdlibFrames.nativeMarker + file, line: line, function: function))
    }

    /// The lines `entry` prints as: one for the program's frames; CPython's frames for the stand-in's.
    func displayFrames(_ entry: TracebackEntry, withSource: Bool) -> [DisplayFrame] {
        if entry.file.hasPrefix(StdlibFrames.nativeMarker) {
            return [tableFrame(String(entry.file.dropFirst()), entry.line, entry.function, withSource: withSource)]
        }
        if stdlibLines[entry.file] == nil, let s = stdlibSources[entry.file] {
            stdlibLines[entry.file] = StdlibFrames.annotations(s.source, directory: s.directory)
        }
        if let stand = stdlibLines[entry.file]?[entry.line] {
            let name = StdlibFrames.methodName(entry.function)
            return stand.frames.map { f in
                let key = "\(f.file):\(f.line)"
                if StdlibFrames.texts[key] != nil || f.line != stand.frames.last!.line || f.file != stand.frames.last!.file {
                    return tableFrame(f.file, f.line, f.function ?? name, withSource: withSource)
                }
                var d = DisplayFrame(file: StdlibFrames.stdlibPrefix + f.file, line: f.line, function: f.function ?? name)
                if withSource {
                    let chars = Array(stand.raw.unicodeScalars)
                    let text = String(String.UnicodeScalarView(chars.drop { $0 == " " || $0 == "\t" }))
                    if !text.isEmpty {
                        d.text = text
                        d.carets = caretLine(entry, chars: chars, strippedLength: text.unicodeScalars.count)
                    }
                }
                return d
            }
        }
        var d = DisplayFrame(file: entry.file, line: entry.line, function: entry.function)
        if withSource, let text = sourceLine(entry.file, Int(entry.line), keepTrailing: true) {
            d.text = text
            d.carets = caretLine(entry, strippedLength: text.unicodeScalars.count)
        }
        return [d]
    }

    private func tableFrame(_ file: String, _ line: Int32, _ function: String, withSource: Bool) -> DisplayFrame {
        var d = DisplayFrame(file: StdlibFrames.stdlibPrefix + file, line: line, function: function)
        guard withSource, let (text, span) = StdlibFrames.texts["\(file):\(line)"] else { return d }
        d.text = text
        if let span, let r = text.range(of: span) {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            let n = span.unicodeScalars.count
            if n != text.unicodeScalars.count { d.carets = String(repeating: " ", count: start) + String(repeating: "^", count: n) }
        }
        return d
    }
}
