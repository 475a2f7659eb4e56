package dev.windlass.helm.engine;

import dev.windlass.helm.HelmException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a render on a thread with a deep stack. Charts may nest {@code include} a thousand times
 * before Helm's own bound stops them, and every level costs the template walker dozens of Java
 * frames: the default thread stack would overflow long before, turning Helm's clear error (or a
 * valid deep chart) into a stack overflow.
 */
final class DeepStack {

    /** Enough for Helm's 1,000 nested includes with room to spare; reserved, committed only as used. */
    private static final long STACK_BYTES = 512L << 20;

    /** The work to run. */
    @FunctionalInterface
    interface Render<T> {
        T run() throws HelmException;
    }

    private DeepStack() {
    }

    static <T> T run(Render<T> render) throws HelmException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(render.run());
            } catch (HelmException | RuntimeException | Error e) {
                failure.set(e);
            }
        }, "helm-render", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new HelmException("rendering was interrupted", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof HelmException) {
            throw (HelmException) thrown;
        }
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
        return result.get();
    }
}
