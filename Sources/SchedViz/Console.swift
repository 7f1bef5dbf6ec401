import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// The one way bytes leave schedviz on stdout and stderr.
///
/// stdout: every write is checked. A reader that went away (EPIPE, e.g. `| head -1`) ends
/// the command quietly with status 0: the reader had what it wanted. Any other failure
/// (`/dev/full`, a closed stdout) is `schedviz: cannot write to stdout: REASON`, status 2,
/// as for `-o FILE`. stderr: schedviz's own messages go through `message`, which escapes
/// every unsafe character but newlines and tabs; the program's own stderr (its traceback,
/// `print(file=sys.stderr)`) goes through `programError` unchanged, as CPython writes it.
enum Console {
    /// Set by `start()` when fd 1 was closed when schedviz started: fd 1 then holds
    /// /dev/null so no file opened later lands on it, and the first write reports EBADF.
    nonisolated(unsafe) private static var stdoutClosed = false

    /// Before anything else: SIGPIPE ignored (so a write returns EPIPE), fds 0–2 held open.
    static func start() {
        signal(SIGPIPE, SIG_IGN)
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 {
            let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd { dup2(null, fd); close(null) }
            if fd == 1 { stdoutClosed = true }
        }
    }

    static func out(_ s: String) {
        var s = s
        s.withUTF8 { out(UnsafeRawBufferPointer($0)) }
    }

    static func out(_ bytes: UnsafeRawBufferPointer) {
        if stdoutClosed { fail(EBADF) }
        if let failure = writeAll(1, bytes) {
            if failure == EPIPE { exit(0) }
            fail(failure)
        }
    }

    /// schedviz's own words on stderr, with the program's text in them made safe.
    static func message(_ s: String) {
        programError(SafeText.escapeMessage(s))
    }

    /// The program's stderr, byte for byte as CPython's; a failure here has nowhere to be told.
    static func programError(_ s: String) {
        var s = s
        s.withUTF8 { _ = writeAll(2, UnsafeRawBufferPointer($0)) }
    }

    private static func fail(_ code: Int32) -> Never {
        message("schedviz: cannot write to stdout: \(String(cString: strerror(code)))\n")
        exit(2)
    }

    /// Writes everything, retrying interrupted and partial writes; the errno of a failure, or nil.
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var p = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            p += n
            left -= n
        }
        return nil
    }
}
