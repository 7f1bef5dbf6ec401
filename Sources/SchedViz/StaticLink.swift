// Release builds link the Swift runtime statically (Package.swift). BigInt imports
// Foundation, and only a module compiled with `-static-stdlib` that imports it names
// Foundation's own static dependencies (CoreFoundation, ICU) for the linker: this file
// is that import. Measured: `schedviz run scenarios/gen.json` 15 ms -> 9 ms.
#if canImport(Foundation)
import Foundation
#endif
