#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with stdin text and captures stdout (stderr passes through).
enum Subprocess {
    struct Result { var stdout: String; var status: Int32 }

    static func run(_ argv: [String], input: String) throws -> Result {
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else { throw BadInput(message: "schedviz: cannot create a pipe\n") }
        let pid = fork()
        if pid == 0 {
            dup2(inPipe[0], 0); dup2(outPipe[1], 1)
            close(inPipe[1]); close(outPipe[0])
            let cargs = argv.map { strdup($0) } + [nil]
            execvp(argv[0], cargs)
            _exit(127)
        }
        close(inPipe[0]); close(outPipe[1])
        let bytes = Array(input.utf8)
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { write(inPipe[1], $0.baseAddress! + off, bytes.count - off) }
            if n <= 0 { break }
            off += n
        }
        close(inPipe[1])
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { read(outPipe[0], $0.baseAddress!, 65536) }
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        close(outPipe[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        if code == 127 { throw BadInput(message: "schedviz: could not run \(argv[0]); is python3 installed?\n") }
        return Result(stdout: String(decoding: out, as: UTF8.self), status: code)
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
