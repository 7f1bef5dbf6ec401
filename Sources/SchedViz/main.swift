import ArgumentParser
import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// Exit status 2 for every kind of bad input, as the README promises.
/// The command runs on a thread with a large stack (see `LargeStack`); `exit` ends the process from there.
Console.start()
LargeStack.run {
    do {
        var command = try Schedviz.parseAsRoot()
        try command.run()
    } catch let e as ExitCode {
        exit(e.rawValue)
    } catch {
        let code = Schedviz.exitCode(for: error)
        if code == .success {
            Console.out(Schedviz.fullMessage(for: error) + "\n")
            exit(0)
        }
        if let bad = error as? BadInput {
            Console.message(bad.message)
            exit(2)
        }
        Console.message("schedviz: " + withArgumentsEscaped(Schedviz.fullMessage(for: error)) + "\n")
        exit(2)
    }
}

/// ArgumentParser quotes the user's arguments in its messages: a newline in one would
/// start a line of its own, so each argument (and each `--key=value` half) is escaped first.
func withArgumentsEscaped(_ message: String) -> String {
    var out = message
    let parts = CommandLine.arguments.dropFirst().flatMap { a in [a] + a.split(separator: "=").map(String.init) }
    for a in parts.sorted(by: { $0.count > $1.count }) where SafeText.escape(a) != a {
        out = out.replacingOccurrences(of: a, with: SafeText.escape(a))
    }
    return out
}
