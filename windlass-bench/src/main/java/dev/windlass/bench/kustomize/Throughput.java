package dev.windlass.bench.kustomize;

import java.util.Locale;

/**
 * Builds repeated for a fixed time: how many ran and how long they took together.
 *
 * @param runs  builds completed
 * @param nanos wall time of all of them
 * @param bytes output bytes of all of them (kept so that no build's output is dead code)
 */
record Throughput(int runs, long nanos, long bytes) {

    /** One build; returns its output. */
    @FunctionalInterface
    interface Build {
        String run() throws Exception;
    }

    /** Runs {@code build} until {@code seconds} have passed and at least {@code minRuns} builds ran. */
    static Throughput repeat(int seconds, int minRuns, Build build) {
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        int runs = 0;
        long bytes = 0;
        try {
            while (runs < minRuns || System.nanoTime() < end) {
                bytes += build.run().length();
                runs++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a measured build failed: " + e, e);
        }
        return new Throughput(runs, System.nanoTime() - begin, bytes);
    }

    double perSecond() {
        return runs == 0 ? 0 : runs / (nanos / 1e9);
    }

    double meanNanos() {
        return runs == 0 ? 0 : (double) nanos / runs;
    }

    /** {@code "1234 builds in 10.0s"}. */
    String describe() {
        return String.format(Locale.ROOT, "%d builds in %.1fs", runs, nanos / 1e9);
    }
}
