import Glibc
import Testing

@testable import AgendaCLI

@Suite("StandardOutput")
struct RenderingStandardOutputTests {
    /// Everything written to a pipe, read back after the stream is flushed.
    @Test func buffersAndFlushesToTheDescriptor() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let output = StandardOutput(fileDescriptor: fds[1], bufferCapacity: 8)
        var stream = output
        TableRenderer(columns: [TableColumn("名称"), TableColumn("N")])
            .render([["对齐", "1"]], terminal: .plain(), to: &stream)
        stream.write("末尾\n")
        output.flush()
        close(fds[1])
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 256)
        while true {
            let count = read(fds[0], &chunk, chunk.count)
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "名称  N\n────  ─\n对齐  1\n末尾\n")
        #expect(!output.isBroken)
    }

    /// With SIGPIPE ignored, a closed reader turns into a quiet, remembered EPIPE.
    @Test func brokenPipeIsQuiet() {
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])
        defer { close(fds[1]) }
        let output = StandardOutput(fileDescriptor: fds[1], bufferCapacity: 4)
        output.write("hello, closed pipe")
        #expect(output.isBroken)
        #expect(output.failure == EPIPE)
        output.write("more")  // dropped, no crash
        output.flush()
    }

    @Test func renderersWriteIntoAnyStream() {
        var text = ""
        TreeRenderer().render(TreeNode("根", children: [TreeNode("叶")]), terminal: .plain(), to: &text)
        #expect(text == "根\n└── 叶\n")
    }
}
