/**
 * Durable storage for {@code windlass sandbox --data-dir D}: without a data directory the sandbox
 * keeps everything in memory; with one, every acknowledged write survives a restart, a crash or a
 * {@code kill -9}. {@link dev.windlass.sandbox.persist.DataDirectory#open} recovers a directory into
 * an {@link dev.windlass.sandbox.store.ObjectStore} and installs a
 * {@link dev.windlass.sandbox.persist.FileJournal}, which the store calls for every committed change.
 *
 * <h2>Layout</h2>
 * <pre>
 * D/VERSION                      "windlass-sandbox-data 1": the format; others are refused
 * D/lock                         OS lock (FileChannel.tryLock) + the owner's PID, for the message
 * D/journal/log-0000000007       append-only change records
 * D/journal/snapshot-0000000007  every object as it was just before log 7's first record
 * </pre>
 *
 * <h2>Record format</h2>
 * Logs and snapshots are sequences of frames: payload length (4 bytes, big-endian), CRC32C of the
 * payload (4 bytes), payload. A change payload holds the event type (1 ADDED, 2 MODIFIED,
 * 3 DELETED), the resource version (8 bytes), the key's group, resource, namespace and name
 * (length-prefixed UTF-8) and the object's compact JSON (length-prefixed; empty for DELETED, which
 * recovery does not need). A snapshot starts with a header frame (the last resource version and the
 * object count) followed by one ADDED frame per object.
 *
 * <h2>When data reaches the disk</h2>
 * <ul>
 *   <li>Every change: the store calls {@code append} inside its write lock; the frame is written
 *       and {@code FileChannel.force(false)} (fdatasync, which includes the file length) completes
 *       before {@code append} returns, and the client is answered only after that. One fsync per
 *       write, no group commit, so write throughput is the disk's fsync rate.</li>
 *   <li>A new log: created, then the directory forced, before its first record is written.</li>
 *   <li>A snapshot: written to {@code snapshot-n.tmp}, forced, renamed to {@code snapshot-n}, then
 *       the directory forced. Only then are older logs and snapshots deleted.</li>
 *   <li>{@code VERSION} is written the same way; a torn tail cut at recovery is forced too.</li>
 * </ul>
 * A write whose append failed is refused, and so is every later one (after a failed fsync the
 * kernel may have dropped the data, so only a restart is safe). Such a refused write can still
 * appear after the restart if its bytes did reach the disk, as with any database.
 *
 * <h2>Snapshots without stopping writers</h2>
 * When the current log {@code log-n} has grown past the threshold (64 MiB by default), the next
 * append, still holding the store's write lock and before writing its own record:
 * <ol>
 *   <li>takes the list of current objects (references to immutable trees, not copies) and the
 *       store's current version V; because every change is appended inside that same lock, this is
 *       exactly the state that the records of {@code log-n} and earlier produce;</li>
 *   <li>creates {@code log-(n+1)}, forces the directory and switches to it; the record being
 *       appended, and every later one, goes there.</li>
 * </ol>
 * Writers wait only for those two steps. A background thread then writes {@code snapshot-(n+1)}
 * (the list and V) atomically as above and finally deletes logs and snapshots numbered below
 * n+1. While it runs, further rollovers wait; the current log just grows.
 *
 * <h2>Recovery</h2>
 * Recovery takes the newest snapshot {@code snapshot-k} (none: empty, version 0) and replays every
 * log numbered k and up, in order: ADDED and MODIFIED put the object, DELETED removes it; the
 * store's version becomes the highest seen, so versions continue and are never reused. This is
 * complete at every instant of a crash: before {@code snapshot-(n+1)} is renamed into place, the
 * previous snapshot and all logs after it still exist (nothing is deleted until the rename is
 * durable); after it, {@code snapshot-(n+1)} plus {@code log-(n+1)} and later hold everything, and
 * older files are ignored and cleaned up. Temporary files are deleted. Each start appends to a new
 * log rather than an old one.
 *
 * <p>Because every record is forced before the next is written, a crash can damage only the last
 * record of the last log: a short header, a record running past the end of the file, a final
 * record whose checksum fails, or zeros to the end. Such a torn tail was never acknowledged; it is
 * cut off with a warning saying how many bytes were dropped. Any other bad frame, a gap in the log
 * numbers or a resource version that does not grow is corruption: opening fails with a
 * {@link dev.windlass.sandbox.persist.DataDirectoryException} naming the file and byte offset and
 * telling the user to move the data directory aside.
 */
package dev.windlass.sandbox.persist;
