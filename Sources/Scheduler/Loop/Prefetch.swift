/// Cache prefetching for the sleep → timer → wake-up → step cycle. With thousands of
/// tasks each step's objects are cold, and a step used to wait for them one after the other;
/// the loop now asks for them about one cycle ahead. Only addresses are kept here, never
/// references: a prefetch of memory that was freed meanwhile is harmless, a read would not be.
import CPrefetch

struct WakeHint: @unchecked Sendable {
    var future: UnsafeRawPointer? = nil
    var task: UnsafeRawPointer? = nil
    var coroutine: UnsafeRawPointer? = nil
    var frame: UnsafeRawPointer? = nil
    var slots: UnsafeRawPointer? = nil
    var sleep: UnsafeRawPointer? = nil
    var futureSlot: Int32 = -1          // the future's heap index: its heap entry is read first

    static let none = WakeHint()

    /// What the timer's firing and the task's step read first.
    @inline(__always) func prefetchAll() {
        schedviz_prefetch_lines(future, 4)
        schedviz_prefetch_lines(task, 5)
        schedviz_prefetch_lines(coroutine, 2)
        schedviz_prefetch_lines(frame, 3)
        schedviz_prefetch_lines(slots, 2)
        schedviz_prefetch_lines(sleep, 2)
    }
}

@inline(__always) func memoryAddress(_ o: AnyObject) -> UnsafeRawPointer {
    UnsafeRawPointer(Unmanaged.passUnretained(o).toOpaque())
}

extension EventLoopObject {
    /// Called when a timer has fired: the handles of the next one, whose hint the next
    /// iteration reads, and of the one after it (the earlier of the root's children).
    @inline(__always) func prefetchAfterFiring() {
        timers.withUnsafeBufferPointer { t in
            if t.count > 0 { schedviz_prefetch_lines(t[0].handle.toOpaque(), 3) }
            if t.count > 2 {
                let second = t[1].when <= t[2].when ? t[1] : t[2]
                schedviz_prefetch_lines(second.handle.toOpaque(), 3)
            } else if t.count > 1 {
                schedviz_prefetch_lines(t[1].handle.toOpaque(), 3)
            }
        }
    }

    /// Called at the top of each iteration: what the next timer to fire will touch, and the
    /// step of its task after it (the timer heap holds the handle, so reading it is safe).
    @inline(__always) func prefetchNextWakeUp() {
        timers.first?.handle._withUnsafeGuaranteedRef {
            $0.hint.prefetchAll()
            if $0.hint.futureSlot >= 0 { vm.heap.prefetch($0.hint.futureSlot) }
        }
    }
}

extension TaskObject {
    /// Called when the task is scheduled to wake: the objects on its coroutine's value
    /// stack (a `for` loop's iterator, the awaited object), which its frame names by index.
    @inline(__always) func prefetchStack(_ vm: VM) {
        coroFrame?._withUnsafeGuaranteedRef { f in
            vm.heap.withUnsafeBufferPointer { heap in
                for i in f.stackBase..<min(f.sp, f.stackBase + 4) where f.slots[i].tag == .object {
                    schedviz_prefetch_lines(memoryAddress(heap[f.slots[i].objectIndex]), 2)
                }
            }
        }
    }
}
