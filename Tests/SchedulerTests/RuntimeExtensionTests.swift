import Testing
@testable import Scheduler

/// asyncio plugs into the VM as its `RuntimeExtension` (`AsyncioRuntime`), which holds the VM.
@Suite struct RuntimeExtensionTests {
    final class Weak<T: AnyObject> {
        weak var object: T?
        init(_ o: T) { object = o }
    }

    /// The runtime holds its VM strongly: the program's teardown must let go of both.
    @Test func aProgramFreesItsVMAndItsAsyncioRuntime() throws {
        let src = """
            import asyncio
            async def main():
                await asyncio.sleep(1)
                print("done")
            asyncio.run(main())
            """
        var program: Program? = try Program.compile(source: src, file: "free.py")
        var out = ""
        program!.vm.output = { out += $0 }
        #expect(program!.run().ending == .finished)
        #expect(out == "done\n")
        let vm = Weak(program!.vm), runtime = Weak(program!.vm.asyncio)
        program = nil
        // Booleans: the expectation would describe a VM it captured by reflection.
        let vmFreed = vm.object == nil, runtimeFreed = runtime.object == nil
        #expect(vmFreed, "the VM outlived its program")
        #expect(runtimeFreed, "asyncio's runtime outlived its program")
    }

    /// A VM without the extension has an empty `asyncio` module, and its collector runs.
    @Test func aPlainVMRunsWithoutAsyncio() throws {
        let vm = VM()
        #expect(try vm.runtimeExtension.moduleAttribute("sleep") == nil)
        vm.collect()
        #expect(vm.heap.gcCount == 1)
    }
}
