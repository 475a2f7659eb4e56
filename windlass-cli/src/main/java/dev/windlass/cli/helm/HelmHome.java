package dev.windlass.cli.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.repo.ChartCache;
import dev.windlass.helm.transport.DirectoryChartCache;
import dev.windlass.helm.yaml.GoYaml;
import dev.windlass.server.Endpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the CLI reads of a Helm user's setup: the repositories file ({@code helm repo add} writes it)
 * and where pulled charts are cached (under the Windlass home, keyed by digest).
 */
final class HelmHome {

    /** One entry of {@code repositories.yaml}. */
    record Repository(String name, String url, String username, String password) {
    }

    private HelmHome() {
    }

    /** The repositories of {@code file}, else of {@code $HELM_REPOSITORY_CONFIG} or {@code ~/.config/helm/repositories.yaml}; none when absent. */
    static List<Repository> repositories(Path file) throws HelmException {
        Path config = file != null ? file : defaultConfig();
        if (!Files.isRegularFile(config)) {
            return List.of();
        }
        Object parsed;
        try {
            parsed = GoYaml.parse(Files.readString(config, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HelmException("open " + config + ": " + e.getMessage(), e);
        }
        List<Repository> out = new ArrayList<>();
        Object entries = parsed instanceof Map ? ((Map<?, ?>) parsed).get("repositories") : null;
        if (entries instanceof List) {
            for (Object entry : (List<?>) entries) {
                if (entry instanceof Map) {
                    Map<?, ?> map = (Map<?, ?>) entry;
                    out.add(new Repository(text(map, "name"), text(map, "url"), text(map, "username"), text(map, "password")));
                }
            }
        }
        return out;
    }

    /** The digest-keyed chart cache: {@code dir} when given, else {@code <windlass home>/cache/helm}. */
    static ChartCache chartCache(Path dir) {
        return new DirectoryChartCache(dir != null ? dir : Endpoint.defaultLocation().getParent().resolve("cache").resolve("helm"));
    }

    private static Path defaultConfig() {
        String env = System.getenv("HELM_REPOSITORY_CONFIG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String configHome = System.getenv("XDG_CONFIG_HOME");
        Path base = configHome != null && !configHome.isBlank() ? Path.of(configHome)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("helm").resolve("repositories.yaml");
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }
}
