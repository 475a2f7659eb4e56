package dev.windlass.helm.values;

/** A failure of the {@code --set} parser; {@link #isEof} marks Go's {@code io.EOF}, which ends parsing normally. */
final class StrvalsException extends Exception {

    private static final long serialVersionUID = 1L;
    static final StrvalsException EOF = new StrvalsException("EOF");

    StrvalsException(String message) {
        super(message, null, false, false);
    }

    boolean isEof() {
        return this == EOF;
    }
}
