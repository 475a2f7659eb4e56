package dev.windlass.engine.health;

import java.util.ArrayList;
import java.util.List;

/**
 * Argo CD's built-in Pod check. Waiting reasons that mean "stuck" (CrashLoopBackOff,
 * ImagePullBackOff, ErrImagePull, CreateContainerConfigError, ...) make a Pod Degraded only when
 * it restarts forever ({@code restartPolicy: Always}); a hook Pod with OnFailure/Never keeps
 * Progressing instead, so a transient pull error does not fail the sync phase early.
 */
final class PodHealth {

    private PodHealth() {
    }

    static Health assess(Fields pod) {
        String restartPolicy = pod.text("spec.restartPolicy");
        String message = pod.text("status.message");
        if (restartPolicy.equals("Always")) {
            List<String> stuck = stuckContainerMessages(pod);
            if (!stuck.isEmpty()) {
                return Health.degraded(String.join(", ", stuck));
            }
        }
        switch (pod.text("status.phase")) {
            case "Pending":
                return Health.progressing(message);
            case "Succeeded":
                return Health.healthy(message);
            case "Failed":
                return Health.degraded(message.isEmpty() ? failureMessage(pod) : message);
            case "Running":
                return running(pod, restartPolicy, message);
            default:
                return Health.unknown(message);
        }
    }

    private static Health running(Fields pod, String restartPolicy, String message) {
        switch (restartPolicy) {
            case "Always":
                if (isReady(pod)) {
                    return Health.healthy(message);
                }
                for (Fields container : pod.objects("status.containerStatuses")) {
                    if (container.present("lastState.terminated")) {
                        return Health.degraded(message);
                    }
                }
                return Health.progressing(message);
            case "OnFailure":
            case "Never":
                return Health.progressing(message);
            default:
                return Health.unknown(message);
        }
    }

    private static List<String> stuckContainerMessages(Fields pod) {
        List<String> messages = new ArrayList<>();
        for (Fields container : pod.objects("status.containerStatuses")) {
            if (!container.present("state.waiting")) {
                continue;
            }
            String reason = container.text("state.waiting.reason");
            if (reason.startsWith("Err") || reason.endsWith("Error") || reason.endsWith("BackOff")) {
                messages.add(container.text("state.waiting.message"));
            }
        }
        return messages;
    }

    private static boolean isReady(Fields pod) {
        return pod.condition("status.conditions", "Ready").map(c -> c.text("status").equals("True")).orElse(false);
    }

    /** The first useful reason a container (init containers first) gives for the failure. */
    private static String failureMessage(Fields pod) {
        List<Fields> containers = new ArrayList<>(pod.objects("status.initContainerStatuses"));
        containers.addAll(pod.objects("status.containerStatuses"));
        for (Fields container : containers) {
            if (!container.present("state.terminated")) {
                continue;
            }
            String text = container.text("state.terminated.message");
            String reason = container.text("state.terminated.reason");
            long exitCode = container.integer("state.terminated.exitCode");
            if (!text.isEmpty()) {
                return text;
            }
            if (reason.equals("OOMKilled")) {
                return reason;
            }
            if (exitCode != 0) {
                return "container " + WorkloadHealth.quoted(container.text("name")) + " failed with exit code " + exitCode;
            }
        }
        return "";
    }
}
