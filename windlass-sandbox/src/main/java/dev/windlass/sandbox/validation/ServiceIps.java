package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service's cluster IPs across an update, as kube-apiserver allows them to change: a new object
 * that leaves them out keeps the allocated ones; a set IP may not change (only a secondary IP may
 * be added, or released with {@code ipFamilyPolicy: SingleStack}); headless stays headless freely.
 */
final class ServiceIps {

    private static final String NONE = "None";

    private ServiceIps() {
    }

    /** {@code spec.clusterIPs}, or {@code [spec.clusterIP]} when only that is set. */
    static List<String> clusterIps(MapNode spec) {
        List<String> ips = MetadataValidator.strings(spec.getList("clusterIPs"));
        if (ips.isEmpty()) {
            String ip = spec.getText("clusterIP").orElse("");
            return ip.isEmpty() ? List.of() : List.of(ip);
        }
        return ips;
    }

    /** The IPs the new spec ends up with once the server has carried the allocated ones over. */
    static List<String> effectiveClusterIps(MapNode newSpec, List<String> previous) {
        List<String> listed = MetadataValidator.strings(newSpec.getList("clusterIPs"));
        if (!listed.isEmpty()) {
            return listed;
        }
        String ip = newSpec.getText("clusterIP").orElse("");
        if (ip.isEmpty()) {
            return previous;
        }
        List<String> ips = new ArrayList<>();
        ips.add(ip);
        if (previous.size() > 1) {
            ips.addAll(previous.subList(1, previous.size()));
        }
        return ips;
    }

    static List<Cause> upgradeDowngrade(List<String> previous, List<String> updated, MapNode newSpec) {
        if (headless(previous) && headless(updated)) {
            return List.of();
        }
        List<Cause> causes = new ArrayList<>();
        Node shown = updated.isEmpty() ? Node.nullNode() : list(updated);
        if (previous.size() == updated.size()) {
            for (int i = 0; i < previous.size(); i++) {
                if (!previous.get(i).equals(updated.get(i))) {
                    causes.add(FieldErrors.invalid("spec.clusterIPs[" + i + "]", shown, "may not change once set"));
                }
            }
        } else if (previous.size() > updated.size()) {
            if (updated.isEmpty()) {
                causes.add(FieldErrors.invalid("spec.clusterIPs[0]", shown, "primary clusterIP can not be unset"));
            } else if (!updated.get(0).equals(previous.get(0))) {
                causes.add(FieldErrors.invalid("spec.clusterIPs[0]", shown, "may not change once set"));
            }
            if (updated.size() == 1 && !"SingleStack".equals(newSpec.getText("ipFamilyPolicy").orElse(""))) {
                causes.add(FieldErrors.invalid("spec.ipFamilyPolicy", newSpec.get("ipFamilyPolicy").orElse(null),
                        "must be set to 'SingleStack' when releasing the secondary clusterIP"));
            }
        } else if (!previous.isEmpty() && !updated.get(0).equals(previous.get(0))) {
            causes.add(FieldErrors.invalid("spec.clusterIPs[0]", shown, "may not change once set"));
        }
        return causes;
    }

    private static boolean headless(List<String> ips) {
        return ips.size() == 1 && NONE.equals(ips.get(0));
    }

    private static ListNode list(List<String> ips) {
        List<Node> items = new ArrayList<>();
        ips.forEach(ip -> items.add(Node.of(ip)));
        return new ListNode(items);
    }
}
