#if canImport(Glibc)
    import Glibc
#endif

/// Gives the pages of memory that have been freed back to the system.
///
/// glibc keeps freed memory in per-thread arenas, where only allocations that
/// come back to the same arena reuse it. A parse frees a great deal on many
/// threads; the index build that follows allocates on others. Trimming between
/// the two keeps the peak resident size down to what is really alive.
package enum FreedMemory {
    package static func returnToTheSystem() {
        #if canImport(Glibc)
            // `malloc_trim` is glibc's own (the Glibc module does not declare it).
            typealias Trim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
