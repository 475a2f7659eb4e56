package dev.windlass.bench.sandbox;

import java.util.Properties;

/**
 * The sizes of one {@link SandboxBaseline} run: a size fabric8's CRUD mock server also handles.
 * Every size is a system property {@code sandbox.baseline.<name>} (for example
 * {@code -Dsandbox.baseline.objects=2000}); the defaults are 5,000 ConfigMaps of about 1 KiB in 50
 * namespaces.
 *
 * @param objects     ConfigMaps loaded into each server, spread evenly over the namespaces
 * @param namespaces  namespaces the ConfigMaps live in
 * @param objectBytes approximate size of one ConfigMap's data, in bytes
 * @param warmup      gets (and lists) run against each server before its timed series
 * @param gets        timed random gets per server, on one client thread
 * @param lists       timed lists of one namespace with a label selector, per server
 */
public record BaselineSettings(int objects, int namespaces, int objectBytes, int warmup, int gets, int lists) {

    /** The property prefix: {@code sandbox.baseline.}. */
    public static final String PREFIX = "sandbox.baseline.";

    /** 5,000 ConfigMaps of about 1 KiB in 50 namespaces; 10,000 gets and 1,000 lists per server. */
    public static final BaselineSettings DEFAULT = new BaselineSettings(5_000, 50, 1024, 1_000, 10_000, 1_000);

    public BaselineSettings {
        require("objects", objects, 1);
        require("namespaces", namespaces, 1);
        require("objectBytes", objectBytes, 0);
        require("warmup", warmup, 0);
        require("gets", gets, 1);
        require("lists", lists, 1);
        if (objects < namespaces) {
            throw new IllegalArgumentException(PREFIX + "objects (" + objects + ") must be at least "
                    + PREFIX + "namespaces (" + namespaces + "); raise objects or lower namespaces");
        }
    }

    /** {@link #DEFAULT}, with every size given as a system property replaced. */
    public static BaselineSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** {@link #DEFAULT}, with every size present in {@code properties} replaced. */
    public static BaselineSettings from(Properties properties) {
        BaselineSettings d = DEFAULT;
        return new BaselineSettings(number(properties, "objects", d.objects),
                number(properties, "namespaces", d.namespaces), number(properties, "objectBytes", d.objectBytes),
                number(properties, "warmup", d.warmup), number(properties, "gets", d.gets),
                number(properties, "lists", d.lists));
    }

    /** The same sizes as {@link ScaleSettings}, for {@link ConfigMaps}; the sizes it lacks are unused. */
    ScaleSettings asScale() {
        ScaleSettings d = ScaleSettings.DEFAULT;
        return new ScaleSettings(objects, namespaces, objectBytes, 1, warmup, gets, 1, lists, 1, 1, 0,
                d.watchTimeoutS());
    }

    private static int number(Properties properties, String name, int fallback) {
        return SizeProperties.number(properties, PREFIX, name, fallback);
    }

    private static void require(String name, int value, int minimum) {
        SizeProperties.require(PREFIX, name, value, minimum);
    }

}
