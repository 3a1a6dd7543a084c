import Foundation

/// One candidate file of a data directory as it was when it was read: enough
/// to tell cheaply whether it has changed since (`stat`), and for certain
/// (`contentHash`, nil when the file could not be read).
package struct FileRecord: Hashable, Sendable {
    /// What `stat` says; equal values mean the file is, in all likelihood, unchanged.
    package struct Stat: Hashable, Sendable {
        package var size: Int64
        package var modified: Int64
        package var changed: Int64
        package var inode: UInt64
        package var mode: UInt32

        package init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, mode: UInt32) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
            self.mode = mode
        }

        init(_ info: Glibc.stat) {
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            inode = UInt64(info.st_ino)
            mode = UInt32(info.st_mode)
        }

        /// The file at `path` now, following symbolic links; nil if it is gone.
        package static func of(path: String) -> Stat? {
            statOf(path).map(Stat.init)
        }
    }

    /// Relative to the data directory, as in `SourceText.name`.
    package var path: String
    package var stat: Stat?
    package var contentHash: UInt64?

    package init(path: String, stat: Stat? = nil, contentHash: UInt64? = nil) {
        self.path = path
        self.stat = stat
        self.contentHash = contentHash
    }
}

/// `stat(2)` of `path`, outside `FileRecord`, whose `stat` property hides the function.
private func statOf(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}
