package dev.windlass.pipelines.pod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where things live in a TaskRun's Pod, as Tekton lays them out: the default workspace root, the
 * results, step and script directories, the container and volume names. The names a step's
 * {@code $(...)} variables resolve to on a cluster come from here.
 */
public final class PodLayout {

    /** The working directory of a step that sets none, and the root of default workspace paths. */
    public static final String WORKSPACE_DIR = "/workspace";
    /** {@code $(results.r.path)} lives here. */
    public static final String RESULTS_DIR = "/tekton/results";
    /** {@code step-<name>/results/} and {@code step-<name>/exitCode} live here. */
    public static final String STEPS_DIR = "/tekton/steps";
    /** Step scripts are written here by the {@code place-scripts} init container. */
    public static final String SCRIPTS_DIR = "/tekton/scripts";
    /** {@code $(credentials.path)}. */
    public static final String CREDS_DIR = "/tekton/creds";
    /** The init container that writes step scripts. */
    public static final String PLACE_SCRIPTS = "place-scripts";
    /** The last container: prints results and continued exit codes to its termination message. */
    public static final String REPORT = "report";
    /** The default image of {@code place-scripts} and {@code report}: any image with a POSIX shell. */
    public static final String DEFAULT_SHELL_IMAGE = "mirror.gcr.io/busybox";

    static final String VOLUME_WORKSPACE = "tekton-internal-workspace";
    static final String VOLUME_RESULTS = "tekton-internal-results";
    static final String VOLUME_STEPS = "tekton-internal-steps";
    static final String VOLUME_SCRIPTS = "tekton-internal-scripts";
    static final String VOLUME_CREDS = "tekton-creds";

    private static final int MAX_NAME = 63;
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private PodLayout() {
    }

    /** The container of step {@code index}: {@code step-<name>}, or {@code step-unnamed-<index>}. */
    public static String stepContainer(String stepName, int index) {
        return "step-" + stepName(stepName, index);
    }

    /** The name a step's state carries in the TaskRun status: its name, or {@code unnamed-<index>}. */
    public static String stepName(String stepName, int index) {
        return stepName == null || stepName.isEmpty() ? "unnamed-" + index : stepName;
    }

    /** The container of sidecar {@code index}: {@code sidecar-<name>}, or {@code sidecar-unnamed-<index>}. */
    public static String sidecarContainer(String sidecarName, int index) {
        return "sidecar-" + stepName(sidecarName, index);
    }

    /** The Pod of a TaskRun: {@code <taskRun>-pod}, {@code -pod-retry<n>} for retries; at most 63 characters. */
    public static String podName(String taskRunName, int retryCount) {
        return childName(taskRunName, retryCount > 0 ? "-pod-retry" + retryCount : "-pod");
    }

    /** The volume of workspace {@code name}: {@code ws-<name>}, or {@code ws-<hash>} when the name is no DNS label. */
    public static String workspaceVolume(String name) {
        if (name.length() <= MAX_NAME - 3 && DNS_LABEL.matcher(name).matches()) {
            return "ws-" + name;
        }
        return "ws-" + sha256(name).substring(0, 10);
    }

    /** {@code parent + suffix}, with the parent shortened and a hash of it kept when too long. */
    static String childName(String parent, String suffix) {
        if (parent.length() + suffix.length() <= MAX_NAME) {
            return parent + suffix;
        }
        String hash = sha256(parent).substring(0, 10);
        String head = parent.substring(0, MAX_NAME - suffix.length() - hash.length() - 1);
        return head + "-" + hash + suffix;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
