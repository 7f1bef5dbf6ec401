/// What the trace hears from the language core. Calls happen only when a tracer is installed,
/// so an untraced run pays one nil check per resume. A class rather than a protocol, so the
/// VM calls it through an unretained reference (`VM.traced`); an existential read from a
/// property is retained and released around every call. Every method does nothing unless
/// overridden.
public class RuntimeTracer {
    /// `g` is about to run; `delegated` when a `yield from`/`await` resumes it.
    func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool) {}
    func yielded(_ g: GeneratorObject, _ value: Value) {}
    func returned(_ g: GeneratorObject, _ value: Value) {}
    func raised(_ g: GeneratorObject, _ exc: Value) {}
    func generatorCreated(_ g: GeneratorObject) {}
    func output(_ text: String) {}
    /// What the run writes to stderr while it runs (warnings, the loop's reports).
    func errorOutput(_ text: String) {}
    /// The virtual clock moved on to `t` (the loop's select, `time.sleep`).
    func clockAdvanced(_ t: Double) {}
    /// `time.sleep(seconds)` moved the clock to `until`: the thread, and any loop in it, was blocked.
    func blockingSleep(_ seconds: Double, until: Double) {}
}
