package dev.windlass.engine.health;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Optional;

/**
 * Argo CD's built-in checks for the non-workload kinds: Service, Ingress, PersistentVolumeClaim,
 * Job, HorizontalPodAutoscaler, APIService, Argo Workflow and Argo CD Application.
 */
final class ResourceHealth {

    private static final Health WAITING_TO_AUTOSCALE = Health.progressing("Waiting to Autoscale");
    private static final String HPA_V1_CONDITIONS = "autoscaling.alpha.kubernetes.io/conditions";

    private ResourceHealth() {
    }

    static Health service(Fields service) {
        if (service.text("spec.type").equals("LoadBalancer") && service.items("status.loadBalancer.ingress").isEmpty()) {
            return Health.of(HealthStatus.PROGRESSING);
        }
        return Health.of(HealthStatus.HEALTHY);
    }

    static Health ingress(Fields ingress) {
        Optional<Node> list = ingress.root().at(dev.windlass.model.tree.FieldPath.of("status", "loadBalancer", "ingress"));
        boolean hasAddress = list.flatMap(Node::asList).map(l -> !l.isEmpty()).orElse(false);
        return Health.of(hasAddress ? HealthStatus.HEALTHY : HealthStatus.PROGRESSING);
    }

    static Health persistentVolumeClaim(Fields pvc) {
        return switch (pvc.text("status.phase")) {
            case "Lost" -> Health.of(HealthStatus.DEGRADED);
            case "Pending" -> Health.of(HealthStatus.PROGRESSING);
            case "Bound" -> Health.of(HealthStatus.HEALTHY);
            default -> Health.of(HealthStatus.UNKNOWN);
        };
    }

    static Health job(Fields job) {
        boolean failed = false;
        boolean complete = false;
        boolean suspended = false;
        String failMessage = "";
        String message = "";
        for (Fields condition : job.objects("status.conditions")) {
            switch (condition.text("type")) {
                case "Failed" -> {
                    failed = true;
                    complete = true;
                    failMessage = condition.text("message");
                }
                case "Complete" -> {
                    complete = true;
                    message = condition.text("message");
                }
                case "Suspended" -> {
                    complete = true;
                    message = condition.text("message");
                    suspended = suspended || condition.text("status").equals("True");
                }
                default -> { }
            }
        }
        if (!complete) {
            return Health.progressing(message);
        }
        if (failed) {
            return Health.degraded(failMessage);
        }
        // Argo CD reports the (usually empty) failure message for a suspended Job, not the condition's.
        return suspended ? new Health(HealthStatus.SUSPENDED, failMessage) : Health.healthy(message);
    }

    static Health horizontalPodAutoscaler(Fields hpa, String version) {
        if (!version.equals("v1")) {
            return hpaConditions(hpa.objects("status.conditions"));
        }
        Optional<String> text = annotation(hpa, HPA_V1_CONDITIONS);
        if (text.isEmpty()) {
            return WAITING_TO_AUTOSCALE;
        }
        ParsedStream parsed = JsonReader.create(CodecLimits.DEFAULT).read(HPA_V1_CONDITIONS, text.get());
        if (parsed.hasErrors() || parsed.documents().isEmpty() || !(parsed.documents().get(0).content() instanceof ListNode list)) {
            String why = parsed.hasErrors() ? parsed.issues().get(0).message() : "expected a JSON list of conditions";
            return Health.unknown("failed to convert conditions annotation to typed: " + why);
        }
        List<Fields> conditions = new java.util.ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof MapNode map)) {
                return Health.unknown("failed to convert conditions annotation to typed: each condition must be a JSON object");
            }
            conditions.add(new Fields(map));
        }
        return conditions.isEmpty() ? WAITING_TO_AUTOSCALE : hpaConditions(conditions);
    }

    private static Optional<String> annotation(Fields object, String key) {
        return object.root().getMap("metadata").flatMap(m -> m.getMap("annotations")).flatMap(a -> a.getText(key));
    }

    private static Health hpaConditions(List<Fields> conditions) {
        for (Fields condition : conditions) {
            String type = condition.text("type");
            String reason = condition.text("reason");
            if (isHpaFailure(type, reason)) {
                return Health.degraded(condition.text("message"));
            }
            if ((type.equals("AbleToScale") || type.equals("ScalingLimited")) && condition.text("status").equals("True")) {
                return Health.healthy(condition.text("message"));
            }
        }
        return WAITING_TO_AUTOSCALE;
    }

    private static boolean isHpaFailure(String type, String reason) {
        return switch (type) {
            case "AbleToScale" -> reason.equals("FailedGetScale") || reason.equals("FailedUpdateScale");
            case "ScalingActive" -> reason.equals("FailedGetResourceMetric") || reason.equals("InvalidSelector");
            default -> false;
        };
    }

    static Health apiService(Fields apiService) {
        Optional<Fields> available = apiService.condition("status.conditions", "Available");
        if (available.isEmpty()) {
            return Health.progressing("Waiting to be processed");
        }
        Fields c = available.get();
        String message = c.text("reason") + ": " + c.text("message");
        return c.text("status").equals("True") ? Health.healthy(message) : Health.progressing(message);
    }

    static Health workflow(Fields workflow) {
        String message = workflow.text("status.message");
        return switch (workflow.text("status.phase")) {
            case "", "Pending", "Running" -> Health.progressing(message);
            case "Succeeded" -> Health.healthy(message);
            case "Failed", "Error" -> Health.degraded(message);
            default -> Health.unknown(message);
        };
    }

    /** An app-of-apps child: the health the child Application reports for itself. */
    static Health application(Fields application) {
        if (!application.present("status.health")) {
            return Health.of(HealthStatus.PROGRESSING);
        }
        String status = application.text("status.health.status");
        String message = application.text("status.health.message");
        return HealthStatus.fromText(status).map(s -> new Health(s, message))
                .orElseGet(() -> Health.unknown("Application reports unknown health status " + WorkloadHealth.quoted(status)));
    }
}
