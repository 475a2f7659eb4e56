package dev.windlass.bench.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One watch connection's reader thread: reads the newline-delimited events, and for each one
 * that carries {@link WatchFanOut#SEQUENCE} records its delivery latency (arrival minus
 * {@link WatchFanOut#SENT}) and which update it was. Finds the annotations by text, without
 * parsing the whole event, to keep client overhead out of the latency.
 */
final class WatchReader implements AutoCloseable {

    private static final String SEQUENCE_KEY = "\"" + WatchFanOut.SEQUENCE + "\":\"";
    private static final String SENT_KEY = "\"" + WatchFanOut.SENT + "\":\"";

    private final InputStream body;
    private final int expected;
    private final CountDownLatch complete = new CountDownLatch(1);
    private final Latencies latencies;
    private final BitSet seen;
    private final Thread thread;
    private volatile long lastArrival;
    private volatile int distinct;
    private volatile int duplicates;

    private WatchReader(InputStream body, int expected, int index) {
        this.body = body;
        this.expected = expected;
        this.latencies = new Latencies(expected);
        this.seen = new BitSet(expected);
        this.thread = new Thread(this::read, "bench-watch-" + index);
        this.thread.setDaemon(true);
    }

    static WatchReader start(InputStream body, int expected, int index) {
        WatchReader reader = new WatchReader(body, expected, index);
        reader.thread.start();
        return reader;
    }

    /** Waits until every expected update arrived or {@code deadline} (a nanoTime) passed. */
    void await(long deadline) throws InterruptedException {
        complete.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Latencies recorded; call after {@link #close}, which waits for the reading thread. */
    Latencies latencies() {
        return latencies;
    }

    int distinct() {
        return distinct;
    }

    int duplicates() {
        return duplicates;
    }

    long lastArrival() {
        return lastArrival;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is going away either way
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while (distinct < expected && (line = lines.readLine()) != null) {
                long arrival = System.nanoTime();
                long sequence = annotation(line, SEQUENCE_KEY);
                long sent = annotation(line, SENT_KEY);
                if (sequence >= 0 && sent >= 0) {
                    record((int) sequence, arrival - sent, arrival);
                }
            }
        } catch (IOException e) {
            // closed by close(), or the server ended the watch: what arrived is what is counted
        } finally {
            complete.countDown();
        }
    }

    private void record(int sequence, long latency, long arrival) {
        if (seen.get(sequence)) {
            duplicates++;
            return;
        }
        seen.set(sequence);
        latencies.add(latency);
        lastArrival = arrival;
        distinct++;
    }

    /** The decimal value of the string annotation whose {@code "key":"} is given, or -1. */
    private static long annotation(String line, String key) {
        int start = line.indexOf(key);
        if (start < 0) {
            return -1;
        }
        long value = 0;
        for (int i = start + key.length(); i < line.length() && Character.isDigit(line.charAt(i)); i++) {
            value = value * 10 + (line.charAt(i) - '0');
        }
        return value;
    }
}
