package dev.windlass.pipelines.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Names child TaskRuns as Tekton does: {@code <run>-<task>}, or {@code <run>-<task>-<i>} for a
 * matrix of more than one combination, kept within Kubernetes' 63 characters by Knative's
 * {@code kmeta.ChildName} rule (the parent is cut and its MD5 appended).
 */
final class ChildNames {

    private static final int LONGEST = 63;
    private static final int HEAD = LONGEST - 32;

    private ChildNames() {
    }

    /** The name of TaskRun {@code index} of {@code count} for pipeline task {@code task} of run {@code run}. */
    static String of(String run, String task, int index, int count) {
        if (count <= 1) {
            return childName(run, "-" + task);
        }
        String name = childName(run, "-" + task + "-" + index);
        if (!name.endsWith("-" + index)) {
            String base = childName(run, "-" + task);
            int longest = LONGEST - ("-" + count).length();
            name = base.substring(0, Math.min(longest, base.length())) + "-" + index;
        }
        return name;
    }

    static String childName(String parent, String suffix) {
        if (parent.length() <= LONGEST - suffix.length()) {
            return parent + suffix;
        }
        if (HEAD - suffix.length() <= 0) {
            String hash = md5(parent + suffix);
            String head = parent.length() > HEAD ? parent.substring(0, HEAD) : parent;
            String out = head + hash;
            int room = LONGEST - out.length();
            if (room > 0) {
                out += suffix.substring(0, Math.min(room, suffix.length()));
            }
            return trimInvalidEnd(out);
        }
        return parent.substring(0, HEAD - suffix.length()) + md5(parent) + suffix;
    }

    private static String trimInvalidEnd(String name) {
        int end = name.length();
        while (end > 0 && !Character.isLetterOrDigit(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (byte b : digest) {
                out.append(String.format("%02x", b));
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
