/// What the trace says in the program's terms: the library's coroutines by the names the
/// program calls them (`Queue.get`, not the prelude's `Queue__get`), what a task waits on
/// (`gather(Task-2, Task-3)`, `Queue.get() on Queue maxsize=2`), and what woke it
/// (`Queue.put() wakes Task-3`).

extension Recorder {
    /// A generator's name as the program knows it.
    func name(of g: GeneratorObject) -> String {
        g.frame.isLibrary ? vm.libraryFunctionName(g.frame) : g.qualname
    }

    /// The prelude writes some methods as `Class__method` functions: `Queue__get` is `Queue.get`,
    /// `TaskGroup____aexit__` is `TaskGroup.__aexit__`.
    /// A private helper defined inside a library function goes by that function's name
    /// (`as_completed.<locals>._wait_for_one` is `as_completed`).
    static func libraryName(_ qualname: String) -> String {
        if qualname.contains(".<locals>.") {
            let parts = qualname.split(separator: ".").filter { $0 != "<locals>" }
            if let last = parts.last, last.hasPrefix("_"), let outer = parts.dropLast().last(where: { !$0.hasPrefix("_") }) {
                return String(outer)
            }
            return parts.joined(separator: ".")
        }
        guard !qualname.contains("."), let (owner, method) = StdlibFrames.preludeMethod(qualname) else { return qualname }
        return owner + "." + method
    }
}

extension VM {
    /// What task `t` is parked on, in the program's terms.
    func waitText(_ t: TaskObject) -> String {
        guard let f = future(t.futWaiter) else { return "nothing (it is ready)" }
        if let w = f as? TaskObject { return w.name }
        if f.isGathering {
            let names = f.children.map { c in future(c).map { ($0 as? TaskObject)?.name ?? "a future" } ?? "?" }
            return "gather(\(names.joined(separator: ", ")))"
        }
        if f.sleepDelay.tag != .unbound { return futureLabel(f) }
        return libraryCall(awaitedBy: t) ?? futureName(f, awaitedBy: t)
    }

    /// The frame a suspended `await`/`yield from` in `f` waits in, if its delegate is a generator.
    func awaitedFrame(_ f: Frame) -> Frame? {
        f.delegating && f.sp > f.stackBase ? gen(f.delegate)?.frame : nil
    }

    /// A future the program made and awaits itself, by the variable that holds it in the
    /// frame that awaits it (`future fut`), else "a future".
    private func futureName(_ f: FutureObject, awaitedBy t: TaskObject) -> String {
        guard var frame = t.coroFrame?.takeUnretainedValue() else { return "a future" }
        while let inner = awaitedFrame(frame) { frame = inner }
        let code = frame.code
        for k in 0..<min(code.localCount, code.localNames.count) where frame.slots[k].identical(f.selfValue) {
            return "future \(code.localNames[k])"
        }
        return "a future"
    }

    /// Whether a library frame is a call the program makes itself (`Lock.release`), not a
    /// private helper (`_wake_up_first`) or a special method (`__aexit__`).
    static func isPublicCall(_ f: Frame) -> Bool {
        !Recorder.libraryName(f.code.qualname).split(separator: ".").contains { $0.hasPrefix("_") }
    }

    /// A library function's name as the program knows it: a method of a private mixin by the
    /// instance's class (`Lock.__aenter__`, not `_ContextManagerMixin.__aenter__`).
    func libraryFunctionName(_ f: Frame) -> String {
        let name = Recorder.libraryName(f.code.qualname)
        guard name.hasPrefix("_"), let dot = name.lastIndex(of: "."), f.code.localNames.first == "self",
              f.slots[0].tag == .object else { return name }
        return typeName(f.slots[0]) + name[dot...]
    }

    /// The library call in `t`'s chain of awaits (`Event.wait()`), if it is in one: the
    /// outermost one the program would name (`Lock.acquire`, not the mixin's `__aenter__`
    /// that `async with lock` runs).
    private func libraryCall(awaitedBy t: TaskObject) -> String? {
        guard var frame = t.coroFrame?.takeUnretainedValue() else { return nil }
        var first: Frame?
        while true {
            if frame.isLibrary {
                if first == nil { first = frame }
                if Self.isPublicCall(frame) { return libraryCallText(frame) }
            }
            guard let inner = awaitedFrame(frame) else { break }
            frame = inner
        }
        return first.map(libraryCallText)
    }

    /// `Queue.get() on Queue maxsize=2`, `wait_for(Task-3, timeout=1.5)`: the call, with the
    /// arguments that say what it waits for (tasks by name, numbers), and a queue's bound.
    private func libraryCallText(_ frame: Frame) -> String {
        let code = frame.code
        let isMethod = code.localNames.first == "self"
        var args: [String] = []
        for k in (isMethod ? 1 : 0)..<min(code.argCount, code.localNames.count) {
            let v = frame.slots[k]
            if let t = future(v) as? TaskObject { args.append(k == 0 || k == 1 && isMethod ? t.name : "\(code.localNames[k])=\(t.name)") }
            else if v.tag == .int || v.tag == .float { args.append("\(code.localNames[k])=\((try? repr(v)) ?? "?")") }
        }
        var text = libraryFunctionName(frame) + "(\(args.joined(separator: ", ")))"
        guard isMethod, frame.slots[0].tag == .object else { return text }
        let me = frame.slots[0]
        if let sym = symbols.lookup("_maxsize"), let m = try? getAttr(me, sym), m.tag == .int {
            text += m.intValue > 0 ? " on \(typeName(me)) maxsize=\(m.intValue)" : " on \(typeName(me))"
        } else if let sym = symbols.lookup("_tasks"), let ts = try? getAttr(me, sym), let list = try? iterateToArray(ts) {
            // A TaskGroup waits for the tasks still in it.
            let names = list.compactMap { future($0) as? TaskObject }.sorted { $0.serial < $1.serial }.map(\.name)
            if !names.isEmpty { text += " waiting for \(names.joined(separator: ", "))" }
        }
        return text
    }

    /// What completing future `f` does, in the program's terms: the library call that completes
    /// it (`Queue.put()`, `Event.set()`, `Lock.release()`) or the future method, and the tasks it wakes.
    func wakeText(_ f: FutureObject) -> String {
        // The library frames below the program's call into them, outermost first: the call is
        // the first one the program would name (`async with lock` exits through `Lock.release`).
        var chain: [Frame] = []
        var r = currentFrameRef?.takeUnretainedValue()
        while let x = r, x.isLibrary {
            chain.insert(x, at: 0)
            r = x.back
        }
        let call: String
        if let named = chain.first(where: { Self.isPublicCall($0) }) ?? chain.first {
            call = libraryFunctionName(named) + "()"
        } else {
            switch f.state {
            case .cancelled: call = "cancel()"
            case .finished:
                // The value, cut short: `set_result(42)`, `set_exception(ValueError('bad'))`.
                let v = (try? repr(f.exception.isNone ? f.result : f.exception)) ?? "?"
                let shown = v.count > 40 ? String(v.prefix(37)) + "..." : v
                call = f.exception.isNone ? "set_result(\(shown))" : "set_exception(\(shown))"
            case .pending: call = "?"
            }
        }
        var woken: [String] = []
        var others = 0
        for cb in f.callbacks {
            if case .wakeup(let t) = cb { woken.append(t.name) } else { others += 1 }
        }
        if others > 0 { woken.append(others == 1 ? "a callback" : "\(others) callbacks") }
        return woken.isEmpty ? call : "\(call) wakes \(woken.joined(separator: ", "))"
    }
}

/// Seconds in a few characters, for narration and details: `2.0`, `0.238`, `1.5e-05` stays readable.
public enum ShortNumber {
    /// At most six decimals, trailing zeros dropped, always a decimal point: 2.0, 0.238, 3.141593.
    public static func seconds(_ x: Double) -> String {
        if x != 0 && (abs(x) * 1_000_000).rounded() == 0 { return PyFormat.floatRepr(x) }
        return decimals(x, places: 6)
    }

    /// `x` with at most `places` decimals, trailing zeros dropped, one kept (0.238, 2.0, -0.5);
    /// Python's repr where the digits would not fit.
    private static func decimals(_ x: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard x.isFinite, scaled < 9e15 else { return PyFormat.floatRepr(x) }
        let unit = Int64(scale)
        let whole = Int64(scaled) / unit
        var frac = Int64(scaled) % unit
        var digits = places
        while digits > 1 && frac % 10 == 0 { frac /= 10; digits -= 1 }
        let f = String(frac)
        return (x < 0 && scaled > 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: digits - f.count) + f
    }

    /// `text` with its long decimals rounded for reading (`sleep(0.23796462709189137) until
    /// t=0.23796462709189137` reads `sleep(0.238) until t=0.238`): numbers with more than four
    /// decimals, not part of a longer dotted run (a version, an address).
    public static func shorten(_ text: String) -> String {
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < chars.count && chars[k].properties.numericType == .decimal && chars[k].isASCII }
        while i < chars.count {
            // A number starts at a digit not preceded by a letter, digit, dot or underscore.
            let startsNumber = isDigit(i) && !(i > 0 && (isDigit(i - 1) || chars[i - 1] == "." || chars[i - 1] == "_" || chars[i - 1].properties.isAlphabetic))
            guard startsNumber else { out.append(chars[i]); i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            var k = j
            if k < chars.count && chars[k] == "." && isDigit(k + 1) {
                k += 1
                while isDigit(k) { k += 1 }
            }
            let literal = String(String.UnicodeScalarView(chars[i..<k]))
            let fractionDigits = k - j - 1
            let dottedRun = k < chars.count && chars[k] == "." && isDigit(k + 1)
            let exponent = k < chars.count && (chars[k] == "e" || chars[k] == "E")
            if fractionDigits > 4 && !dottedRun && !exponent, let v = Double(literal) {
                out.append(contentsOf: decimals(v, places: 3).unicodeScalars)
            } else {
                out.append(contentsOf: literal.unicodeScalars)
            }
            i = k
        }
        return String(out)
    }
}
