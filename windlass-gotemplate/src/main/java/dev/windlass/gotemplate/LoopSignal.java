package dev.windlass.gotemplate;

/** {@code {{break}}} and {@code {{continue}}} unwinding to their {@code range}. */
final class LoopSignal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final LoopSignal BREAK = new LoopSignal("break");
    static final LoopSignal CONTINUE = new LoopSignal("continue");

    private LoopSignal(String name) {
        super(name, null, false, false);
    }
}
