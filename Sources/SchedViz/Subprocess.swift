import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in its own process group with stdin text, a wall-clock timeout, a memory
/// limit and no file writes, and captures stdout, stderr and one extra channel (fd 3).
enum Subprocess {
    struct Limits {
        var seconds: Double
        var memoryMB: Int
        /// Each stream is cut here and the child killed: a program printing forever ends too.
        var maxBytes = 256 << 20
    }

    struct Result {
        var stdout: [UInt8] = [], stderr: [UInt8] = [], channel: [UInt8] = []
        var status: Int32 = 0
        var signal: Int32?
        var timedOut = false, tooMuch = false
    }

    /// `path` is run with `argv` and exactly `env`, in `cwd`.
    static func run(path: String, argv: [String], env: [String], cwd: String, input: [UInt8], limits: Limits) throws -> Result {
        var fds: [[Int32]] = (0..<4).map { _ in [0, 0] }
        for i in 0..<4 where pipe(&fds[i]) != 0 { throw BadInput(message: "schedviz: cannot create a pipe\n") }
        let cargv = argv.map { strdup($0) } + [nil], cenv = env.map { strdup($0) } + [nil]
        defer { (cargv + cenv).forEach { free($0) } }
        signal(SIGPIPE, SIG_IGN)
        let pid = fork()
        if pid == 0 {
            // The child: only async-signal-safe calls from here to execve.
            setpgid(0, 0)
            dup2(fds[0][0], 0); dup2(fds[1][1], 1); dup2(fds[2][1], 2); dup2(fds[3][1], HarnessCall.stepsFD)
            var fd: Int32 = 4
            while fd < 1024 { close(fd); fd += 1 }
            if chdir(cwd) != 0 { _exit(126) }
            let mem = rlim_t(limits.memoryMB) << 20
            var r = rlimit(rlim_cur: mem, rlim_max: mem)
            setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &r)
            r = rlimit(rlim_cur: 0, rlim_max: 0)
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &r)  // writes only to pipes
            setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &r)
            let cpu = rlim_t(limits.seconds) + 2  // a second stop if the parent is gone
            r = rlimit(rlim_cur: cpu, rlim_max: cpu)
            setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &r)
            execve(path, cargv, cenv)
            _exit(127)
        }
        guard pid > 0 else { throw BadInput(message: "schedviz: cannot start \(path)\n") }
        setpgid(pid, pid)
        close(fds[0][0]); close(fds[1][1]); close(fds[2][1]); close(fds[3][1])
        var result = Result()
        pump(pid: pid, input: input, stdin: fds[0][1], outputs: [fds[1][0], fds[2][0], fds[3][0]], limits: limits, into: &result)
        kill(-pid, SIGKILL)  // anything it left behind in its group
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7f != 0 { result.signal = status & 0x7f } else { result.status = (status >> 8) & 0xff }
        if result.status == 127 && result.signal == nil && result.stdout.isEmpty {
            throw BadInput(message: "schedviz: could not run \(path); is python3 installed?\n")
        }
        return result
    }

    /// Feeds stdin and drains the three outputs with poll, until all close or time runs out.
    private static func pump(pid: pid_t, input: [UInt8], stdin: Int32, outputs: [Int32], limits: Limits, into result: inout Result) {
        var written = 0, open = outputs, inFD: Int32 = stdin
        if input.isEmpty { close(inFD); inFD = -1 }
        let deadline = now() + limits.seconds
        var buf = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            let left = deadline - now()
            if left <= 0 { result.timedOut = true; kill(-pid, SIGKILL); break }
            var pfds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if inFD >= 0 { pfds.append(pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0)) }
            let n = poll(&pfds, nfds_t(pfds.count), Int32(min(left, 1) * 1000) + 1)
            if n < 0 && errno != EINTR { break }
            for p in pfds where p.revents != 0 {
                if p.fd == inFD {
                    let k = input.withUnsafeBytes { write(inFD, $0.baseAddress! + written, input.count - written) }
                    if k > 0 { written += k }
                    if k <= 0 || written == input.count { close(inFD); inFD = -1 }
                    continue
                }
                let k = buf.withUnsafeMutableBytes { read(p.fd, $0.baseAddress!, 65536) }
                if k <= 0 { close(p.fd); open.removeAll { $0 == p.fd }; continue }
                switch p.fd {
                case outputs[0]: result.stdout += buf[0..<k]
                case outputs[1]: result.stderr += buf[0..<k]
                default: result.channel += buf[0..<k]
                }
                if max(result.stdout.count, result.stderr.count, result.channel.count) > limits.maxBytes {
                    result.tooMuch = true; kill(-pid, SIGKILL)
                }
            }
        }
        if inFD >= 0 { close(inFD) }
        open.forEach { close($0) }
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The first executable `name` on PATH (what execvp would run), resolved before fork.
    static func which(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let p = "\(dir)/\(name)"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }
}

extension String {
    init(contentsOfFileAtPath path: String) throws {
        guard let f = fopen(path, "rb") else { throw BadInput(message: "cannot read \(path)\n") }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, 65536, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        self = String(decoding: out, as: UTF8.self)
    }
}
