/// What the trace hears from the language core. Calls happen only when a tracer is installed,
/// so an untraced run pays one nil check per resume.

public protocol RuntimeTracer: AnyObject {
    /// `g` is about to run; `delegated` when a `yield from`/`await` resumes it.
    func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool)
    func yielded(_ g: GeneratorObject, _ value: Value)
    func returned(_ g: GeneratorObject, _ value: Value)
    func raised(_ g: GeneratorObject, _ exc: Value)
    func generatorCreated(_ g: GeneratorObject)
    func output(_ text: String)
}
