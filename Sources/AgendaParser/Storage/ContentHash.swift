/// A fast 64-bit hash of bytes, to notice that a file or a cache section
/// changed. Not cryptographic: it guards against accidents (an edited
/// document, a truncated or damaged cache), not against an adversary.
///
/// Four independent lanes of 8-byte words, each multiplied and rotated, so
/// the processor can work on them in parallel (several GB/s on one core).
package enum ContentHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1, prime2, prime3, prime1 ^ prime2)
        let count = bytes.count
        var offset = 0
        @inline(__always) func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        @inline(__always) func mix(_ lane: UInt64, _ value: UInt64) -> UInt64 {
            let mixed = lane &+ value &* prime2
            return ((mixed << 31) | (mixed >> 33)) &* prime1
        }
        while offset + 32 <= count {
            lanes.0 = mix(lanes.0, word(offset))
            lanes.1 = mix(lanes.1, word(offset + 8))
            lanes.2 = mix(lanes.2, word(offset + 16))
            lanes.3 = mix(lanes.3, word(offset + 24))
            offset += 32
        }
        var hash =
            lanes.0 ^ (lanes.1 << 7 | lanes.1 >> 57) ^ (lanes.2 << 12 | lanes.2 >> 52) ^ (lanes.3 << 18 | lanes.3 >> 46)
        while offset + 8 <= count {
            hash = mix(hash, word(offset))
            offset += 8
        }
        while offset < count {
            hash = mix(hash, UInt64(bytes[offset]))
            offset += 1
        }
        hash ^= UInt64(count) &* prime3
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        return hash
    }

    package static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    package static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }
}
