package dev.windlass.pipelines.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ConcurrencyGateTest {

    private static void awaitQueued(ConcurrencyGate gate, String key, int count) throws InterruptedException {
        while (gate.queued(key) != count) {
            Thread.sleep(5);
        }
    }

    @Test
    void acquire_letsWaitersInFirstComeFirstServed() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ConcurrencyGate.Permit first = gate.acquire("build", 1, "run-0");
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String who = "run-" + i;
            Thread thread = new Thread(() -> {
                try (ConcurrencyGate.Permit permit = gate.acquire("build", 1, who)) {
                    order.add(who);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
            awaitQueued(gate, "build", i);
        }

        assertThat(gate.waiting("build")).containsExactly("run-1", "run-2", "run-3");
        first.close();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(order).containsExactly("run-1", "run-2", "run-3");
        assertThat(gate.running("build")).isZero();
    }

    @Test
    void acquire_allowsUpToTheLimitAtOnceAndKeysAreIndependent() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate();
        ConcurrencyGate.Permit a = gate.acquire("build", 2);
        ConcurrencyGate.Permit b = gate.acquire("build", 2);
        ConcurrencyGate.Permit other = gate.acquire("deploy", 1);
        CountDownLatch started = new CountDownLatch(1);
        Thread third = new Thread(() -> {
            try (ConcurrencyGate.Permit permit = gate.acquire("build", 2)) {
                started.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        third.start();
        awaitQueued(gate, "build", 1);

        assertThat(gate.running("build")).isEqualTo(2);
        assertThat(started.getCount()).isEqualTo(1);
        a.close();
        a.close();
        started.await();
        third.join();
        assertThat(gate.running("build")).isEqualTo(1);
        b.close();
        other.close();
        assertThat(gate.running("deploy")).isZero();
    }

    @Test
    void interruptedWaiter_leavesTheQueue() throws Exception {
        ConcurrencyGate gate = new ConcurrencyGate();
        ConcurrencyGate.Permit held = gate.acquire("k", 1);
        Thread waiter = new Thread(() -> {
            try {
                gate.acquire("k", 1, "w").close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        awaitQueued(gate, "k", 1);
        waiter.interrupt();
        waiter.join();

        assertThat(gate.queued("k")).isZero();
        held.close();
    }

    @Test
    void policy_readsTheAnnotationsElseThePipelineAndTheDefault() {
        KubeObject plain = KubeObject.of(MapNode.of("kind", "PipelineRun", "metadata", Map.of("name", "r1",
                "namespace", "ci"), "spec", Map.of("pipelineRef", Map.of("name", "release"))));
        KubeObject annotated = plain.withAnnotation(ConcurrencyPolicy.KEY_ANNOTATION, "prod-deploys")
                .withAnnotation(ConcurrencyPolicy.LIMIT_ANNOTATION, "1");
        KubeObject broken = plain.withAnnotation(ConcurrencyPolicy.LIMIT_ANNOTATION, "many");

        assertThat(ConcurrencyPolicy.of(plain, 3)).isEqualTo(new ConcurrencyPolicy("ci/release", 3));
        assertThat(ConcurrencyPolicy.of(annotated, 3)).isEqualTo(new ConcurrencyPolicy("prod-deploys", 1));
        Result<ConcurrencyPolicy> read = ConcurrencyPolicy.read(broken, 3);
        assertThat(read.value().limit()).isEqualTo(3);
        assertThat(read.errors()).singleElement().satisfies(i -> assertThat(i.message())
                .contains("windlass.dev/max-concurrent").contains("\"many\""));
    }
}
