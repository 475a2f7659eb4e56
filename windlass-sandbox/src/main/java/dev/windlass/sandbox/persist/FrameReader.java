package dev.windlass.sandbox.persist;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the frames of one log or snapshot file in order, checking each length and CRC32C. It stops
 * at the first frame that does not check out and says whether that damage could be a write torn
 * by a crash: only bytes that one unfinished append could have left, namely a frame header cut
 * short, a frame that reaches the end of the file (short, or with a checksum that fails because
 * only part of it reached the disk), or nothing but zeros up to the end of the file.
 */
final class FrameReader implements AutoCloseable {

    /** What the next read found. */
    sealed interface Step permits Frame, End, Damage {
    }

    /** A frame whose checksum matched, starting at {@code offset}. */
    record Frame(long offset, byte[] payload) implements Step {
    }

    /** The clean end of the file. */
    record End(long offset) implements Step {
    }

    /** Bytes at {@code offset} that are not a valid frame. */
    record Damage(long offset, String problem, boolean couldBeTornWrite) implements Step {
    }

    private final InputStream in;
    private final long size;
    private long position;

    FrameReader(Path file) throws IOException {
        this.size = Files.size(file);
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    long size() {
        return size;
    }

    Step next() throws IOException {
        long start = position;
        if (start == size) {
            return new End(start);
        }
        if (size - start < RecordCodec.FRAME_HEADER) {
            return new Damage(start, "a record header cut short after " + (size - start) + " bytes", true);
        }
        ByteBuffer header = ByteBuffer.wrap(read(RecordCodec.FRAME_HEADER));
        int length = header.getInt();
        int crc = header.getInt();
        if (length < RecordCodec.MIN_PAYLOAD || length > RecordCodec.MAX_PAYLOAD) {
            boolean zeros = length == 0 && crc == 0 && onlyZerosRemain();
            return new Damage(start, "an impossible record length of " + length + " bytes", zeros);
        }
        long end = start + RecordCodec.FRAME_HEADER + length;
        if (end > size) {
            return new Damage(start, "a record of " + length + " bytes that runs past the end of the file", true);
        }
        byte[] payload = read(length);
        if (RecordCodec.crc(payload, 0, length) != crc) {
            return new Damage(start, "a record whose CRC32C checksum does not match", end == size);
        }
        return new Frame(start, payload);
    }

    private boolean onlyZerosRemain() throws IOException {
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private byte[] read(int length) throws IOException {
        byte[] out = in.readNBytes(length);
        if (out.length != length) {
            throw new IOException("the file shrank while it was being read");
        }
        position += length;
        return out;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
