package dev.windlass.bench.sandbox;

import java.util.Properties;

/**
 * The sizes of one {@link SandboxScale} run. Every size is a system property
 * {@code sandbox.scale.<name>} (for example {@code -Dsandbox.scale.objects=5000}); the defaults are
 * the scale: 50,000 ConfigMaps in 100 namespaces, 100 watchers, 1,000 updates.
 *
 * @param objects       ConfigMaps loaded, spread evenly over the namespaces
 * @param namespaces    namespaces the ConfigMaps live in
 * @param objectBytes   approximate size of one ConfigMap's data, in bytes
 * @param starts        sandbox starts timed for the start-up measurement
 * @param warmup        gets (and lists) run before each timed series
 * @param gets          timed gets per series
 * @param getThreads    client threads of the second get series (the first is single-threaded)
 * @param lists         timed lists of one namespace with a label selector
 * @param watchers      concurrent HTTP watches on all ConfigMaps
 * @param updates       updates made through the Java API while the watches are open
 * @param updateRate    updates per second during the watch measurement; 0 writes as fast as possible
 * @param watchTimeoutS seconds to wait for every watcher to see every update before counting the rest as missing
 */
public record ScaleSettings(int objects, int namespaces, int objectBytes, int starts, int warmup, int gets,
                            int getThreads, int lists, int watchers, int updates, int updateRate,
                            int watchTimeoutS) {

    /** The property prefix: {@code sandbox.scale.}. */
    public static final String PREFIX = "sandbox.scale.";

    /** The scale. */
    public static final ScaleSettings DEFAULT =
            new ScaleSettings(50_000, 100, 1024, 5, 2_000, 20_000, 4, 2_000, 100, 1_000, 200, 60);

    public ScaleSettings {
        require("objects", objects, 1);
        require("namespaces", namespaces, 1);
        require("objectBytes", objectBytes, 0);
        require("starts", starts, 1);
        require("warmup", warmup, 0);
        require("gets", gets, 1);
        require("getThreads", getThreads, 1);
        require("lists", lists, 1);
        require("watchers", watchers, 1);
        require("updates", updates, 1);
        require("updateRate", updateRate, 0);
        require("watchTimeoutS", watchTimeoutS, 1);
        if (objects < namespaces) {
            throw new IllegalArgumentException(PREFIX + "objects (" + objects + ") must be at least "
                    + PREFIX + "namespaces (" + namespaces + "); raise objects or lower namespaces");
        }
    }

    /** {@link #DEFAULT}, with every size given as a system property replaced. */
    public static ScaleSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** {@link #DEFAULT}, with every size present in {@code properties} replaced. */
    public static ScaleSettings from(Properties properties) {
        ScaleSettings d = DEFAULT;
        return new ScaleSettings(
                number(properties, "objects", d.objects), number(properties, "namespaces", d.namespaces),
                number(properties, "objectBytes", d.objectBytes), number(properties, "starts", d.starts),
                number(properties, "warmup", d.warmup), number(properties, "gets", d.gets),
                number(properties, "getThreads", d.getThreads), number(properties, "lists", d.lists),
                number(properties, "watchers", d.watchers), number(properties, "updates", d.updates),
                number(properties, "updateRate", d.updateRate), number(properties, "watchTimeoutS", d.watchTimeoutS));
    }

    /** ConfigMaps per namespace (the last namespaces get one fewer when the division is not even). */
    public int objectsPerNamespace() {
        return (objects + namespaces - 1) / namespaces;
    }

    private static int number(Properties properties, String name, int fallback) {
        return SizeProperties.number(properties, PREFIX, name, fallback);
    }

    private static void require(String name, int value, int minimum) {
        SizeProperties.require(PREFIX, name, value, minimum);
    }

}
