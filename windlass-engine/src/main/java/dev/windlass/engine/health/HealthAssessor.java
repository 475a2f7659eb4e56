package dev.windlass.engine.health;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Argo CD's built-in health assessment (gitops-engine {@code pkg/health}), as a pure function of
 * one live object. {@link #assess} answers empty for kinds Argo CD has no built-in check for
 * (ConfigMaps, CRDs, ...), which Argo CD then leaves out of the application's health.
 *
 * <p>An object with a deletion timestamp is Progressing ("Pending deletion") whatever its kind,
 * unless it carries Argo CD's hook finalizer. A check that finds a field of the wrong type answers
 * Unknown with a message naming the field, as Argo CD does when its typed conversion fails.
 * Besides the built-in checks, {@code argoproj.io/Application} is assessed from the health the
 * child Application reports, as Argo CD's documented {@code argocd-cm} snippet for app-of-apps does,
 * and {@code batch/CronJob} by the check Argo CD ships for it ({@link CronJobHealth}).
 */
public final class HealthAssessor {

    /** Argo CD's finalizer on sync hooks; a hook being deleted keeps its own health. */
    public static final String HOOK_FINALIZER = "argocd.argoproj.io/hook-finalizer";

    private static final Set<String> HPA_VERSIONS = Set.of("v1", "v2beta1", "v2beta2", "v2");
    private static final Set<String> API_SERVICE_VERSIONS = Set.of("v1", "v1beta1");

    private HealthAssessor() {
    }

    /** The health of {@code object}, or empty when Argo CD has no built-in check for its kind. */
    public static Optional<Health> assess(KubeObject object) {
        return assess(object.content());
    }

    /** The health of the object tree {@code object}, or empty when Argo CD has no built-in check for its kind. */
    public static Optional<Health> assess(MapNode object) {
        Fields fields = new Fields(object);
        GroupVersionKind gvk = GroupVersionKind.of(object.getText("apiVersion").orElse(""), object.getText("kind").orElse(""));
        Optional<Function<Fields, Health>> check = checkFor(gvk);
        if (isBeingDeleted(object)) {
            return Optional.of(Health.progressing("Pending deletion"));
        }
        return check.map(c -> run(c, fields, gvk));
    }

    /** True when Argo CD has a built-in check for objects of {@code gvk} (any version of a supported kind). */
    public static boolean hasCheck(GroupVersionKind gvk) {
        return checkFor(gvk).isPresent();
    }

    private static Health run(Function<Fields, Health> check, Fields fields, GroupVersionKind gvk) {
        try {
            return check.apply(fields);
        } catch (Fields.UnreadableField e) {
            return Health.unknown("cannot assess " + gvk.kind() + " health: " + e.getMessage());
        }
    }

    private static boolean isBeingDeleted(MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        if (metadata.get("deletionTimestamp").filter(n -> !n.isNull()).isEmpty()) {
            return false;
        }
        return metadata.getList("finalizers")
                .map(list -> list.items().stream().noneMatch(f -> f.asText().filter(HOOK_FINALIZER::equals).isPresent()))
                .orElse(true);
    }

    private static Optional<Function<Fields, Health>> checkFor(GroupVersionKind gvk) {
        Function<Fields, Health> check = switch (gvk.group()) {
            case "apps" -> appsCheck(gvk.kind());
            case "extensions", "networking.k8s.io" -> gvk.kind().equals("Ingress") ? ResourceHealth::ingress : null;
            case "argoproj.io" -> argoCheck(gvk.kind());
            case "apiregistration.k8s.io" -> gvk.kind().equals("APIService") ? ResourceHealth::apiService : null;
            case "" -> coreCheck(gvk.kind());
            case "batch" -> batchCheck(gvk.kind());
            case "autoscaling" -> gvk.kind().equals("HorizontalPodAutoscaler")
                    ? hpa -> ResourceHealth.horizontalPodAutoscaler(hpa, gvk.version()) : null;
            default -> null;
        };
        return Optional.ofNullable(check).map(c -> versioned(gvk, c));
    }

    /** Argo CD converts to one typed version per kind; any other version of that kind is Unknown. */
    private static Function<Fields, Health> versioned(GroupVersionKind gvk, Function<Fields, Health> check) {
        if (supportsVersion(gvk)) {
            return check;
        }
        String message = "unsupported " + gvk.kind() + " GVK: " + gvk.group() + "/" + gvk.version() + ", Kind=" + gvk.kind();
        return ignored -> Health.unknown(message);
    }

    private static boolean supportsVersion(GroupVersionKind gvk) {
        return switch (gvk.group()) {
            case "apps", "" -> gvk.version().equals("v1");
            // CronJob's check is a resource customization, keyed by group and kind only.
            case "batch" -> gvk.kind().equals("CronJob") || gvk.version().equals("v1");
            case "autoscaling" -> HPA_VERSIONS.contains(gvk.version());
            case "apiregistration.k8s.io" -> API_SERVICE_VERSIONS.contains(gvk.version());
            default -> true;
        };
    }

    private static Function<Fields, Health> appsCheck(String kind) {
        return switch (kind) {
            case "Deployment" -> WorkloadHealth::deployment;
            case "StatefulSet" -> WorkloadHealth::statefulSet;
            case "ReplicaSet" -> WorkloadHealth::replicaSet;
            case "DaemonSet" -> WorkloadHealth::daemonSet;
            default -> null;
        };
    }

    private static Function<Fields, Health> coreCheck(String kind) {
        return switch (kind) {
            case "Service" -> ResourceHealth::service;
            case "PersistentVolumeClaim" -> ResourceHealth::persistentVolumeClaim;
            case "Pod" -> PodHealth::assess;
            default -> null;
        };
    }

    private static Function<Fields, Health> batchCheck(String kind) {
        return switch (kind) {
            case "Job" -> ResourceHealth::job;
            case "CronJob" -> CronJobHealth::assess;
            default -> null;
        };
    }

    private static Function<Fields, Health> argoCheck(String kind) {
        return switch (kind) {
            case "Workflow" -> ResourceHealth::workflow;
            case "Application" -> ResourceHealth::application;
            default -> null;
        };
    }
}
