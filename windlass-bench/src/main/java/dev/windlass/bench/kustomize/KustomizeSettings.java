package dev.windlass.bench.kustomize;

import java.util.Locale;
import java.util.Properties;

/**
 * The settings of one {@link KustomizeBaseline} run, each a system property {@code kustomize.<name>}
 * (for example {@code -Dkustomize.generators=false}).
 *
 * @param fixture        the overlay built ({@code apps}, {@code generators}, {@code namePrefix})
 * @param warmupS        seconds of in-process builds before measuring
 * @param measureS       seconds of in-process builds measured
 * @param kubectlS       seconds of {@code kubectl kustomize} runs measured (at least {@value #MIN_KUBECTL_RUNS} runs)
 * @param coldRuns       new processes started for the cold-start comparison, each tool (the median is reported)
 * @param kubectl        the kubectl command
 * @param cliJar         the Windlass CLI jar for the cold start ({@code windlass-cli/<build dir>/windlass.jar}),
 *                       started with {@code java -jar} and no JVM options; empty skips it
 * @param launcher       the {@code windlass} launcher script for the cold start, started as a user starts it
 *                       (its JVM options and class data archive; it reads {@code WINDLASS_BUILD_DIR} from
 *                       the environment); empty skips it
 */
public record KustomizeSettings(KustomizeFixture fixture, int warmupS, int measureS, int kubectlS, int coldRuns,
                                String kubectl, String cliJar, String launcher) {

    /** The property prefix: {@code kustomize.}. */
    public static final String PREFIX = "kustomize.";
    static final int MIN_KUBECTL_RUNS = 3;

    /** The default fixture, 5 s warm-up, 10 s measured each way, 5 cold starts each. */
    public static final KustomizeSettings DEFAULT = new KustomizeSettings(KustomizeFixture.DEFAULT, 5, 10, 10, 5,
            "kubectl", "", "");

    public KustomizeSettings {
        require("warmupS", warmupS, 0);
        require("measureS", measureS, 1);
        require("kubectlS", kubectlS, 1);
        require("coldRuns", coldRuns, 1);
        if (kubectl.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "kubectl is empty; give the kubectl command");
        }
    }

    /** {@link #DEFAULT}, with every setting given as a system property replaced. */
    public static KustomizeSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /** {@link #DEFAULT}, with every setting present in {@code properties} replaced. */
    public static KustomizeSettings from(Properties properties) {
        KustomizeSettings d = DEFAULT;
        KustomizeFixture fixture = new KustomizeFixture(number(properties, "apps", d.fixture.apps()),
                flag(properties, "generators", d.fixture.generators()),
                flag(properties, "namePrefix", d.fixture.namePrefix()));
        return new KustomizeSettings(fixture, number(properties, "warmupS", d.warmupS),
                number(properties, "measureS", d.measureS), number(properties, "kubectlS", d.kubectlS),
                number(properties, "coldRuns", d.coldRuns), properties.getProperty(PREFIX + "kubectl", d.kubectl),
                properties.getProperty(PREFIX + "cliJar", d.cliJar), properties.getProperty(PREFIX + "launcher",
                d.launcher));
    }

    private static int number(Properties properties, String name, int fallback) {
        String text = properties.getProperty(PREFIX + name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " is \"" + text + "\"; give a whole number", e);
        }
    }

    private static boolean flag(Properties properties, String name, boolean fallback) {
        String text = properties.getProperty(PREFIX + name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException(PREFIX + name + " is \"" + text + "\"; give true or false");
        };
    }

    private static void require(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(PREFIX + name + " is " + value + "; it must be at least " + minimum);
        }
    }
}
