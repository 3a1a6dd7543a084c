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

    /// From now on, blocks of 256 KiB or more get a mapping of their own, whose
    /// pages go back to the system as soon as the block is freed.
    ///
    /// glibc raises that threshold after large blocks are freed (up to 32 MiB),
    /// so the growing buffers of an index build that follows a parse are carved
    /// from the heap and leave it full of holes that stay resident. A mapping per
    /// block costs system calls, so the parse runs without this (it was slower).
    package static func mapLargeBlocksApart() {
        #if canImport(Glibc)
            typealias SetOption = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            _ = unsafeBitCast(symbol, to: SetOption.self)(mmapThreshold, 256 * 1024)
        #endif
    }
}
