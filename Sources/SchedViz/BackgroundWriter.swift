/// Writes a file's chunks on a second thread while the caller produces the next ones, so
/// formatting a large export and the kernel's copying of it overlap. The bytes and their
/// order are exactly the caller's: one writer, chunks in sequence.
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

final class BackgroundWriter: @unchecked Sendable {
    private let file: UnsafeMutablePointer<FILE>
    private let queue = DispatchQueue(label: "schedviz.writer")
    /// Buffers in flight at most: the caller waits for one to come back before filling it.
    private static let depth = 4
    private let free = DispatchSemaphore(value: BackgroundWriter.depth)
    private var buffers: [UnsafeMutableRawBufferPointer] = []
    private var next = 0
    /// The `errno` of the first failed write (0: none). Written on the queue only, read
    /// after `finish()` drained it (`errno` is per thread: the caller's says nothing).
    private var failure: Int32 = 0

    init(_ file: UnsafeMutablePointer<FILE>) { self.file = file }

    deinit { for b in buffers { b.deallocate() } }

    /// Copies `chunk` into the next free buffer and queues its write.
    func write(_ chunk: UnsafeBufferPointer<UInt8>) {
        if chunk.isEmpty { return }
        free.wait()
        let i = next
        next = (next + 1) % Self.depth
        if i == buffers.count {
            buffers.append(.allocate(byteCount: max(chunk.count, 1 << 20), alignment: 16))
        } else if buffers[i].count < chunk.count {
            buffers[i].deallocate()
            buffers[i] = .allocate(byteCount: chunk.count, alignment: 16)
        }
        let buffer = buffers[i]
        buffer.copyMemory(from: UnsafeRawBufferPointer(chunk))
        let count = chunk.count
        // The address as a plain number: the buffer is not touched here until `free` says so.
        let address = Int(bitPattern: buffer.baseAddress)
        queue.async {
            if fwrite(UnsafeRawPointer(bitPattern: address), 1, count, self.file) != count && self.failure == 0 {
                self.failure = errno
            }
            self.free.signal()
        }
    }

    /// Waits for every queued write; the `errno` of the first that failed, or 0.
    func finish() -> Int32 {
        queue.sync {}
        return failure
    }
}
