import Foundation

/// Toneless pinyin for citation keys (`白宫` → `baigong`) without ICU's Han-Latin
/// transform, whose first use costs ~300 ms per process: a table for the CJK
/// Unified Ideographs block (U+4E00–U+9FFF) generated from that same transform
/// (`CitationKeyPinyinTests` regenerates and checks it). Characters outside the
/// block fall back to the transform, the last resort.
extension CitationKey {
    static func pinyin(_ text: String) -> String {
        var output = ""
        var needsTransform = false
        for scalar in text.unicodeScalars {
            if let syllable = PinyinTable.syllable(scalar) {
                output += syllable
            } else if scalar.isHan {
                needsTransform = true
                break
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        guard needsTransform else { return output }
        return text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
    }

    enum PinyinTable {
        static let firstScalar: UInt32 = 0x4E00
        static let lastScalar: UInt32 = 0x9FFF
        /// Two digits in this alphabet per character: the index of its syllable.
        static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

        static let syllables: [String] = syllableList.split(separator: " ", omittingEmptySubsequences: false).map(
            String.init)
        static let codes: [UInt16] = {
            var digit = [UInt16](repeating: 0, count: 128)
            for (value, byte) in alphabet.enumerated() { digit[Int(byte)] = UInt16(value) }
            var codes: [UInt16] = []
            codes.reserveCapacity(Int(lastScalar - firstScalar) + 1)
            var high: UInt16?
            for byte in codeString.utf8 where byte < 128 {
                if let first = high {
                    codes.append(first * 62 + digit[Int(byte)])
                    high = nil
                } else {
                    high = digit[Int(byte)]
                }
            }
            return codes
        }()

        /// The syllable of a character of the table's block; `nil` outside it or without a reading.
        static func syllable(_ scalar: Unicode.Scalar) -> String? {
            guard scalar.value >= firstScalar, scalar.value <= lastScalar else { return nil }
            let offset = Int(scalar.value - firstScalar)
            guard offset < codes.count else { return nil }
            let index = Int(codes[offset])
            guard index < syllables.count, !syllables[index].isEmpty else { return nil }
            return syllables[index]
        }
    }
}
