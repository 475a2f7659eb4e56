package dev.windlass.controller.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    @Test
    void add_holdsAWaitingKeyOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> handled = new CopyOnWriteArrayList<>();
        try (WorkQueue<String> queue = new WorkQueue<>("t", 1, Backoff.ERRORS, key -> {
            awaitLatch(release);
            handled.add(key);
        })) {
            queue.add("blocker");
            await().until(() -> queue.depth() == 0);
            queue.add("a");
            queue.add("a");
            queue.add("a");
            assertThat(queue.depth()).isEqualTo(1);
            release.countDown();
            await().untilAsserted(() -> assertThat(handled).containsExactly("blocker", "a"));
        }
    }

    @Test
    void add_whileTheKeyIsHandled_handlesItAgainAfterwardsNeverConcurrently() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WorkQueue<String> queue = new WorkQueue<>("t", 4, Backoff.ERRORS, key -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (calls.incrementAndGet() == 1) {
                first.countDown();
                awaitLatch(release);
            }
            running.decrementAndGet();
        })) {
            queue.add("app");
            awaitLatch(first);
            queue.add("app");
            queue.add("app");
            release.countDown();
            await().untilAsserted(() -> assertThat(calls).hasValue(2));
            assertThat(maxRunning).hasValue(1);
        }
    }

    @Test
    void handlerFailure_retriesWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        Backoff fast = new Backoff(Duration.ofMillis(10), 2, Duration.ofMillis(50));
        try (WorkQueue<String> queue = new WorkQueue<>("t", 1, fast, key -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("boom");
            }
        })) {
            queue.add("app");
            await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(calls).hasValue(3));
        }
    }

    @Test
    void addAfter_delaysTheKey() {
        List<String> handled = new CopyOnWriteArrayList<>();
        try (WorkQueue<String> queue = new WorkQueue<>("t", 1, Backoff.ERRORS, handled::add)) {
            queue.addAfter("later", Duration.ofMillis(200));
            queue.add("now");
            await().untilAsserted(() -> assertThat(handled).containsExactly("now", "later"));
        }
    }

    @Test
    void backoff_growsByTheFactorUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(5));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(40)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void close_stopsTakingKeys() {
        List<String> handled = new CopyOnWriteArrayList<>();
        WorkQueue<String> queue = new WorkQueue<>("t", 2, Backoff.ERRORS, handled::add);
        queue.close();
        queue.add("ignored");
        assertThat(queue.depth()).isZero();
        assertThat(handled).isEmpty();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
