package dev.windlass.bench.policy;

import dev.windlass.bench.sandbox.Latencies;
import dev.windlass.model.KubeObject;
import dev.windlass.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Policy decision numbers for issue 7, printed as {@code policy.<metric> ...} lines:
 * <ul>
 *   <li>per-object decision latency (p50/p99, warm, one thread) of every Gatekeeper library policy on
 *       its own sample objects, against OPA's guidance of about 1 ms per decision;</li>
 *   <li>an audit of {@code -Dpolicy.audit.objects} (10,000) generated objects against ten library
 *       constraints, reviewed in chunks of 500 as Gatekeeper's audit lists them: wall time, objects
 *       per second and peak heap.</li>
 * </ul>
 * Settings: {@code -Dpolicy.library=DIR} (gatekeeper-library's {@code library} folder; bench/run.sh
 * passes {@code ../shared/corpus/gatekeeper-library/library}), {@code -Dpolicy.warmup} rounds (300),
 * {@code -Dpolicy.rounds} (1000), {@code -Dpolicy.audit.objects} (10000).
 */
public final class PolicyScale {

    static final List<String> AUDIT_POLICIES = List.of("requiredlabels", "allowedrepos", "containerresources",
            "block-nodeport-services", "privileged-containers", "host-namespaces", "read-only-root-filesystem",
            "allow-privilege-escalation", "requiredprobes", "imagedigests");

    private PolicyScale() {
    }

    public static void main(String[] args) throws IOException, PolicyException {
        Path library = Path.of(System.getProperty("policy.library", "../shared/corpus/gatekeeper-library/library"));
        if (!Files.isDirectory(library)) {
            System.err.println("policy: no Gatekeeper library at " + library.toAbsolutePath()
                    + "; pass -Dpolicy.library=PATH/gatekeeper-library/library");
            System.exit(2);
        }
        List<LibraryPolicy> policies = LibraryPolicy.load(library);
        decisions(policies, Integer.getInteger("policy.warmup", 300), Integer.getInteger("policy.rounds", 1000));
        audit(policies, Integer.getInteger("policy.audit.objects", 10_000));
    }

    private static void decisions(List<LibraryPolicy> policies, int warmup, int rounds) throws PolicyException {
        List<Latencies> all = new ArrayList<>();
        int underBudget = 0;
        for (LibraryPolicy policy : policies) {
            Latencies latencies = DecisionLatency.measure(policy, warmup, rounds);
            if (latencies.count() == 0) {
                System.out.printf(Locale.ROOT, "policy.decision %-34s no sample objects%n", policy.name());
                continue;
            }
            all.add(latencies);
            if (latencies.percentile(99) < 1_000_000) {
                underBudget++;
            }
            System.out.printf(Locale.ROOT, "policy.decision %-34s objects=%-3d %s%n", policy.name(),
                    latencies.count() / rounds, latencies.micros(50, 99));
        }
        Latencies merged = Latencies.merge(all);
        System.out.printf(Locale.ROOT, "policy.decision.all %d policies, %d decisions: %s; p99 under 1 ms for %d of %d%n",
                all.size(), merged.count(), merged.micros(50, 90, 99, 100), underBudget, all.size());
    }

    private static void audit(List<LibraryPolicy> policies, int objects) throws PolicyException {
        List<KubeObject> constraints = new ArrayList<>();
        for (LibraryPolicy policy : policies) {
            if (AUDIT_POLICIES.contains(policy.name())) {
                constraints.add(policy.template());
                constraints.add(policy.samples().get(0).constraint());
            }
        }
        AuditRun.Result result = AuditRun.run(constraints, objects, 500);
        System.out.printf(Locale.ROOT,
                "policy.audit objects=%d constraints=%d chunk=500 violations=%d wall=%dms objects/s=%.0f peakHeap=%dMiB%n",
                objects, constraints.size() / 2, result.violations(), result.wallMillis(),
                objects * 1000.0 / Math.max(1, result.wallMillis()), result.peakHeapBytes() >> 20);
    }
}
