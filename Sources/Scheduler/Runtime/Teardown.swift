/// Frees what a finished run leaves in reference cycles.
///
/// Heap objects hold each other through Swift references in a few places: a loop holds its
/// tasks, its ready callbacks and the VM (whose heap holds the loop), a task left pending (a
/// deadlock, a limit) can hold its loop through `run_until_complete`'s stop callback, and a
/// recorder and asyncio's runtime hold the VM. A process that runs one program never
/// notices; the tests and the fuzzer run thousands, so the program breaks the cycles when it
/// goes away, and the collector breaks a loop's when it frees one (after a first
/// `asyncio.run`, say).
extension VM {
    func breakCycles() {
        // Pooled frames hold their code object, which holds the pool.
        for c in codeObjects { c.dropPooledFrames() }
        runtimeExtension.tearDown()
        runtimeExtension = RuntimeExtension()       // it holds the VM
        tracer = nil
        // Loops hold the VM strongly (EventLoopObject.vm), and the heap holds the loops.
        heap.removeAll()
    }
}
