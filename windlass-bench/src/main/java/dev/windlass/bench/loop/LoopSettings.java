package dev.windlass.bench.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The sizes of one {@link LoopScale} run. Every size is a system property {@code loop.<name>} (for
 * example {@code -Dloop.apps=100}); the defaults are the scale. The controller itself runs
 * with Argo CD's defaults (20 status processors, refresh every 120 s plus up to 60 s jitter, 2 s
 * between wave checks, 5 s self-heal delay, 3 s source freshness); only the sandbox's ready delay
 * is short, so that the numbers measure Windlass rather than simulated pod start-up.
 *
 * @param commits      commits timed in the commit-to-Synced measurement
 * @param objects      objects per application (a mix of ConfigMaps, Deployments and Services), at least 3
 * @param apps         application counts of the initial-sync measurement, each in a fresh sandbox;
 *                     the no-change refresh runs on the last (largest) one
 * @param processors   the controller's status processors (Argo CD: 20)
 * @param readyDelayMs how long the sandbox takes to make a pod ready, in milliseconds
 * @param progressS    seconds between progress lines while waiting for many applications
 * @param timeoutS     seconds to wait for one phase before reporting it incomplete
 * @param heapSampleMs milliseconds between used-heap samples
 */
public record LoopSettings(int commits, int objects, List<Integer> apps, int processors, int readyDelayMs,
                           int progressS, int timeoutS, int heapSampleMs) {

    /** The property prefix: {@code loop.}. */
    public static final String PREFIX = "loop.";

    /** The scale. */
    public static final LoopSettings DEFAULT = new LoopSettings(20, 20, List.of(100, 1000), 20, 100, 10, 1800, 200);

    public LoopSettings {
        apps = List.copyOf(apps);
        require("commits", commits, 1);
        require("objects", objects, Workload.KINDS);
        require("processors", processors, 1);
        require("readyDelayMs", readyDelayMs, 0);
        require("progressS", progressS, 1);
        require("timeoutS", timeoutS, 1);
        require("heapSampleMs", heapSampleMs, 1);
        if (apps.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "apps is empty; give application counts such as 100,1000");
        }
        apps.forEach(count -> require("apps", count, 1));
    }

    /** {@link #DEFAULT}, with every size given as a system property replaced. */
    public static LoopSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** {@link #DEFAULT}, with every size present in {@code properties} replaced. */
    public static LoopSettings from(Properties properties) {
        LoopSettings d = DEFAULT;
        return new LoopSettings(number(properties, "commits", d.commits), number(properties, "objects", d.objects),
                counts(properties, d.apps), number(properties, "processors", d.processors),
                number(properties, "readyDelayMs", d.readyDelayMs), number(properties, "progressS", d.progressS),
                number(properties, "timeoutS", d.timeoutS), number(properties, "heapSampleMs", d.heapSampleMs));
    }

    /** The application count the no-change refresh runs on. */
    public int largest() {
        return apps.get(apps.size() - 1);
    }

    private static List<Integer> counts(Properties properties, List<Integer> fallback) {
        String text = properties.getProperty(PREFIX + "apps");
        if (text == null || text.isBlank()) {
            return fallback;
        }
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",")) {
            counts.add(parse("apps", part));
        }
        return counts;
    }

    private static int number(Properties properties, String name, int fallback) {
        String text = properties.getProperty(PREFIX + name);
        return text == null || text.isBlank() ? fallback : parse(name, text);
    }

    private static int parse(String name, String text) {
        try {
            return Integer.parseInt(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " is \"" + text + "\"; give a whole number"
                    + ("apps".equals(name) ? " or a comma-separated list of them" : ""), e);
        }
    }

    private static void require(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(PREFIX + name + " is " + value + "; it must be at least " + minimum);
        }
    }
}
