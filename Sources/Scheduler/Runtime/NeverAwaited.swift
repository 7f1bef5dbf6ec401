/// "RuntimeWarning: coroutine 'f' was never awaited": CPython warns when a coroutine that
/// never started is freed. schedviz warns where programs meet it: a statement that calls a
/// coroutine function and drops the coroutine (`f()`, `asyncio.sleep(1)` without `await`),
/// when nothing else holds it. Like the warnings module's default filter, it warns once per
/// line and coroutine name.

extension VM {
    func warnIfNeverAwaited(_ v: Value) {
        let name: String
        switch heap[v.objectIndex] {
        case let g as GeneratorObject where g.isCoroutine && g.state == .created: name = g.qualname
        case let n as NativeClass:
            guard let unstarted = n.unstartedCoroutineName else { return }
            name = unstarted
        default: return
        }
        guard !heldByName(v), !reachableSet().contains(v.objectIndex), let f = currentFrame else { return }
        let file = f.code.file, line = Int(f.line)
        let key = "\(file):\(line):\(name)"
        if warnedNeverAwaited.contains(key) { return }
        warnedNeverAwaited.insert(key)
        var text = "\(file):\(line): RuntimeWarning: coroutine '\(name)' was never awaited\n"
        if let source = sourceLine(file, line) { text += "  \(source)\n" }
        errorOutput(text + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
    }
}
