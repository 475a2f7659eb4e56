package dev.windlass.bench.policy;

import dev.windlass.bench.sandbox.Latencies;
import dev.windlass.model.KubeObject;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-object decision latency of one library policy: each sample's constraint compiled with its
 * template once, then every sample object reviewed at the admission point, warm, one decision at a
 * time on one thread. A decision is one {@link PolicySet#review}: match, input construction, Rego
 * evaluation and violation mapping.
 */
final class DecisionLatency {

    private DecisionLatency() {
    }

    /** Latencies of {@code rounds} reviews of every sample object, after {@code warmup} unmeasured rounds. */
    static Latencies measure(LibraryPolicy policy, int warmup, int rounds) throws PolicyException {
        List<Runnable> decisions = new ArrayList<>();
        for (LibraryPolicy.Sample sample : policy.samples()) {
            PolicySet set = PolicySet.of(List.of(policy.template(), sample.constraint()));
            Inventory inventory = Inventory.of(sample.inventory());
            for (KubeObject object : sample.objects()) {
                Review review = Review.create(object);
                decisions.add(() -> set.review(review, EnforcementPoint.WEBHOOK, inventory));
            }
        }
        for (int i = 0; i < warmup; i++) {
            decisions.forEach(Runnable::run);
        }
        Latencies latencies = new Latencies(rounds * decisions.size());
        for (int i = 0; i < rounds; i++) {
            for (Runnable decision : decisions) {
                long start = System.nanoTime();
                decision.run();
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }
}
