package dev.windlass.sandbox.resource;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes' version priority order, the order discovery lists a group's versions in (preferred
 * first): GA before beta before alpha ({@code v2 > v1 > v11beta2 > v10beta3 > v3beta1 >
 * v12alpha1 > v11alpha2}); higher major first, then higher minor; names that are not
 * Kubernetes-style ({@code foo1}) come last, in plain string order.
 */
public final class KubeVersionOrder {

    /** Orders versions by descending priority: the preferred version sorts first. */
    public static final Comparator<String> PREFERRED_FIRST = (a, b) -> -compare(a, b);

    private static final Pattern KUBE_VERSION = Pattern.compile("^v(\\d+)(?:(alpha|beta)(\\d+))?$");

    private KubeVersionOrder() {
    }

    /** Positive when {@code a} has the higher priority, negative when {@code b} has, zero when equal. */
    public static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        Parsed pa = parse(a);
        Parsed pb = parse(b);
        if (pa == null && pb == null) {
            return Integer.signum(b.compareTo(a));
        }
        if (pa == null) {
            return -1;
        }
        if (pb == null) {
            return 1;
        }
        if (pa.stability != pb.stability) {
            return Integer.compare(pa.stability, pb.stability);
        }
        if (pa.major != pb.major) {
            return Long.compare(pa.major, pb.major);
        }
        return Long.compare(pa.minor, pb.minor);
    }

    /** Whether {@code version} has the Kubernetes form {@code vN}, {@code vNbetaM} or {@code vNalphaM}. */
    public static boolean isKubeStyle(String version) {
        return parse(version) != null;
    }

    private static Parsed parse(String version) {
        Matcher m = KUBE_VERSION.matcher(version);
        if (!m.matches()) {
            return null;
        }
        try {
            long major = Long.parseLong(m.group(1));
            if (m.group(2) == null) {
                return new Parsed(2, major, 0);
            }
            int stability = m.group(2).equals("beta") ? 1 : 0;
            return new Parsed(stability, major, Long.parseLong(m.group(3)));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private record Parsed(int stability, long major, long minor) {
    }
}
