package dev.windlass.render.jsonnet;

import java.io.Writer;

/** Collects sjsonnet's JSON output in memory and stops it with {@link TooLarge} beyond a size. */
final class BoundedWriter extends Writer {

    /** Thrown when the output passes the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("jsonnet output too large", null, false, false);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final long maxChars;
    private volatile boolean exceeded;

    BoundedWriter(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (out.length() + (long) length > maxChars) {
            exceeded = true;
            throw new TooLarge();
        }
        out.append(chars, offset, length);
    }

    @Override
    public void flush() {
        // in memory: nothing to flush
    }

    @Override
    public void close() {
        // in memory: nothing to close
    }

    boolean exceeded() {
        return exceeded;
    }

    String text() {
        return out.toString();
    }
}
