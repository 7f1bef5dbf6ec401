/// Runs work on a thread with a large stack.
///
/// The front end and the VM recurse in Swift (nested expressions, Python calls, repr of
/// nested containers). Their own depth limits turn deep input into Python errors, but each
/// level of a debug build can take kilobytes of stack, more than the 8 MB main thread has.
/// A thread with a reserved 1 GB stack (committed only as used) leaves a wide margin.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Carries the work to the new thread.
private final class LargeStackWork: @unchecked Sendable {
    var body: (() -> Void)?
    init() {}
}

public enum LargeStack {
    public static let defaultSize = 1 << 30

    /// Calls `body` on a fresh thread with `size` bytes of stack and waits for it.
    /// Falls back to the calling thread when the thread cannot be created.
    public static func run<T>(size: Int = defaultSize, _ body: @escaping () -> T) -> T {
        var result: T?
        // Signals go to the worker only: a handler running on this thread (say, the viewer's
        // SIGINT handler restoring the terminal) would race with the worker still drawing.
        // Block them here before the worker starts; it unblocks them for itself.
        var all = sigset_t(), saved = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        let box = LargeStackWork()
        let workerMask = saved
        box.body = {
            var mask = workerMask
            pthread_sigmask(SIG_SETMASK, &mask, nil)
            result = body()
        }
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setstacksize(&attr, size)
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let unmanaged = Unmanaged.passRetained(box)
        let started = pthread_create(&thread, &attr, { raw in
            let box = Unmanaged<LargeStackWork>.fromOpaque(raw!).takeRetainedValue()
            box.body?()
            return nil
        }, unmanaged.toOpaque())
        if started != 0 {
            unmanaged.release()
            pthread_sigmask(SIG_SETMASK, &saved, nil)
            return body()
        }
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        pthread_join(thread!, nil)
        #endif
        return result!
    }
}
