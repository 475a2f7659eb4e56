package dev.windlass.cli.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points the {@code git} of pipeline steps at local repositories: each {@code --repo-map URL=PATH}
 * becomes {@code url.PATH.insteadOf=URL} in git's environment configuration
 * ({@code GIT_CONFIG_COUNT}, {@code GIT_CONFIG_KEY_n}, {@code GIT_CONFIG_VALUE_n}), so a step that
 * clones or pushes {@code https://github.com/company/gitops-configs} reaches the mapped repository
 * unchanged, for fetch and push alike.
 */
public final class GitRedirects {

    private GitRedirects() {
    }

    public static Map<String, String> environment(Map<String, Path> repositories) {
        Map<String, String> env = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, Path> entry : repositories.entrySet()) {
            env.put("GIT_CONFIG_KEY_" + index, "url." + entry.getValue().toAbsolutePath().normalize() + ".insteadOf");
            env.put("GIT_CONFIG_VALUE_" + index, entry.getKey());
            index++;
        }
        if (index > 0) {
            env.put("GIT_CONFIG_COUNT", Integer.toString(index));
        }
        return env;
    }
}
