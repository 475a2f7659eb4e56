package dev.windlass.bench.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * An audit pass as Gatekeeper runs one, without the API server: objects arrive in chunks (as a
 * paginated list returns them), each chunk is parsed, reviewed against every constraint at the
 * audit point, and dropped before the next, so memory stays bounded by the chunk size.
 */
final class AuditRun {

    record Result(long violations, long wallMillis, long peakHeapBytes) {}

    private AuditRun() {
    }

    static Result run(List<KubeObject> policyObjects, int objects, int chunk) throws PolicyException {
        PolicySet policies = PolicySet.of(policyObjects);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long violations = 0;
        long start = System.nanoTime();
        for (int first = 0; first < objects; first += chunk) {
            for (KubeObject object : chunk(first, Math.min(objects, first + chunk), objects)) {
                violations += policies.review(Review.create(object), EnforcementPoint.AUDIT, Inventory.empty())
                        .violations().size();
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Result(violations, wall, peak);
    }

    private static List<KubeObject> chunk(int from, int to, int objects) {
        StringBuilder yaml = new StringBuilder();
        for (int i = from; i < to; i++) {
            yaml.append("---\n").append(AuditWorkload.object(i, objects));
        }
        return YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("chunk", yaml.toString())
                .documents().stream().map(ParsedDocument::content).filter(MapNode.class::isInstance)
                .map(node -> KubeObject.of((MapNode) node)).toList();
    }
}
