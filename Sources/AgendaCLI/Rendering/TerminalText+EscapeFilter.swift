extension TerminalText {
    /// Scalar-at-a-time state machine behind `sanitize`: returns the scalar
    /// to print (possibly replaced) or nil to drop it.
    ///
    /// String sequences (OSC, DCS, …) end at BEL or ST as a terminal would, and
    /// also at a newline, so an unterminated one cannot swallow a document.
    struct EscapeFilter {
        private enum State {
            case text
            case escape  // after ESC
            case escapeIntermediate  // ESC followed by 0x20–0x2F
            case controlSequence  // CSI: parameters, intermediates, final byte
            case string  // OSC / DCS / SOS / PM / APC body
            case stringEscape  // ESC inside a string: ST if `\` follows
        }

        private var state = State.text
        private var afterCarriageReturn = false

        mutating func accept(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            let value = scalar.value
            let skipLineFeed = afterCarriageReturn
            afterCarriageReturn = false
            while true {
                switch state {
                case .text:
                    return plain(scalar, skipLineFeed: skipLineFeed)
                case .escape:
                    switch value {
                    case 0x5B: state = .controlSequence  // [
                    case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string  // ] P X ^ _
                    case 0x1B: state = .escape
                    case 0x20...0x2F: state = .escapeIntermediate
                    case 0x30...0x7E: state = .text
                    default:
                        state = .text
                        continue  // not an escape after all: treat as text
                    }
                    return nil
                case .escapeIntermediate:
                    switch value {
                    case 0x20...0x2F: return nil
                    case 0x30...0x7E:
                        state = .text
                        return nil
                    default:
                        state = .text
                        continue
                    }
                case .controlSequence:
                    switch value {
                    case 0x20...0x3F: return nil
                    case 0x40...0x7E:
                        state = .text
                        return nil
                    default:
                        state = .text
                        continue
                    }
                case .string:
                    switch value {
                    case 0x07, 0x9C: state = .text
                    case 0x1B: state = .stringEscape
                    case 0x0A:
                        state = .text
                        continue
                    default: break
                    }
                    return nil
                case .stringEscape:
                    if value == 0x5C {  // ESC \ is ST
                        state = .text
                        return nil
                    }
                    state = .escape
                    continue
                }
            }
        }

        private mutating func plain(_ scalar: Unicode.Scalar, skipLineFeed: Bool) -> Unicode.Scalar? {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F { return scalar }
            switch value {
            case 0x0A: return skipLineFeed ? nil : scalar
            case 0x09: return " "
            case 0x0D:
                afterCarriageReturn = true
                return "\n"
            case 0x1B: state = .escape
            case 0x9B: state = .controlSequence
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .string
            case 0x2028, 0x2029: return "\n"
            case 0x00...0x1F, 0x7F...0x9F: break
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: break
            default: return scalar
            }
            return nil
        }
    }
}
