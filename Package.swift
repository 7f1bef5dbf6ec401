// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "schedviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "schedviz", targets: ["SchedViz"]),
        .library(name: "Scheduler", targets: ["Scheduler"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(name: "CPrefetch", path: "Sources/CPrefetch"),
        .target(
            name: "Scheduler",
            dependencies: [
                "CPrefetch",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Collections", package: "swift-collections"),
            ],
            swiftSettings: [
                .unsafeFlags(["-enforce-exclusivity=unchecked"]),
                // A VM runs on one thread (LargeStack's, while the caller waits), so release builds
                // count references without atomic instructions: a quarter of swarm's time. Debug
                // builds keep atomic counts, because the test runner runs VMs in parallel.
                .unsafeFlags(["-Xfrontend", "-assume-single-threaded"], .when(configuration: .release)),
            ]
        ),
        .executableTarget(
            name: "SchedViz",
            dependencies: [
                "Scheduler", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // verify's harness, in the binary: verify works from any folder, without the checkout.
            // tools/harness.py is a link to it, for the tests and the benchmark.
            resources: [.embedInCode("Harness/harness.py")],
            // Release builds link the Swift runtime and Foundation statically: the dynamic
            // loader's symbol lookups and relocations were a third of startup (see StaticLink.swift).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // The fuzz target; `tools/fuzz.sh` builds it with libFuzzer. A plain build makes a replayer.
        .executableTarget(name: "SchedFuzz", dependencies: ["Scheduler"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler"], exclude: ["Fixtures"]),
        .testTarget(name: "SchedVizTests", dependencies: ["SchedViz", "Scheduler", "CNcurses"], exclude: ["Fixtures"]),
    ]
)
