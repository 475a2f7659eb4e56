package dev.windlass.controller.pipelines;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** YAML pieces of the Pod status a kubelet writes, for tests that play kubelet on the sandbox. */
final class KubeletStatus {

    private KubeletStatus() {
    }

    /** A container status entry, terminated with {@code exit}. */
    static String terminated(String container, int exit) {
        return "- name: " + container + "\n  state:\n    terminated:\n      exitCode: " + exit
                + "\n      finishedAt: '2026-01-01T00:00:20Z'\n";
    }

    /** The {@code report} container's status with {@code message} as its termination message. */
    static String report(String message) {
        return "- name: report\n  state:\n    terminated:\n      exitCode: 0\n      message: \""
                + message.replace("\"", "\\\"").replace("\n", "\\n") + "\"\n";
    }

    /** One {@code result} line of the report. */
    static String result(String name, String value) {
        return "result " + name + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
                + "\n";
    }
}
