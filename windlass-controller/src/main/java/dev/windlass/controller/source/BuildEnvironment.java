package dev.windlass.controller.source;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.render.jsonnet.JsonnetVariable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argo CD's build environment: {@code $ARGOCD_APP_NAME}, {@code ${ARGOCD_APP_NAMESPACE}},
 * {@code $ARGOCD_APP_REVISION} … substituted into the Jsonnet {@code extVars} and {@code tlas}
 * values of a directory source before it is rendered. Unknown variables are left as written.
 */
public final class BuildEnvironment {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, String> values;

    private BuildEnvironment(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The variables Argo CD sets for an application at a revision. */
    public static BuildEnvironment of(String appName, String appNamespace, String revision, ApplicationSource source) {
        return new BuildEnvironment(Map.of(
                "ARGOCD_APP_NAME", appName,
                "ARGOCD_APP_NAMESPACE", appNamespace,
                "ARGOCD_APP_REVISION", revision,
                "ARGOCD_APP_REVISION_SHORT", revision.length() > 7 ? revision.substring(0, 7) : revision,
                "ARGOCD_APP_SOURCE_REPO_URL", source.repoURL(),
                "ARGOCD_APP_SOURCE_PATH", source.path(),
                "ARGOCD_APP_SOURCE_TARGET_REVISION", source.targetRevision()));
    }

    /** {@code text} with the known variables replaced. */
    public String substitute(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String value = values.get(name);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@code source} with its Jsonnet variables substituted. */
    public ApplicationSource apply(ApplicationSource source) {
        ApplicationSource.Directory directory = source.directory();
        ApplicationSource.Jsonnet jsonnet = directory.jsonnet();
        if (jsonnet.extVars().isEmpty() && jsonnet.tlas().isEmpty()) {
            return source;
        }
        ApplicationSource.Jsonnet substituted = new ApplicationSource.Jsonnet(jsonnet.libs(),
                substitute(jsonnet.extVars()), substitute(jsonnet.tlas()));
        return new ApplicationSource(source.repoURL(), source.targetRevision(), source.path(),
                new ApplicationSource.Directory(directory.recurse(), directory.include(), directory.exclude(), substituted));
    }

    private List<JsonnetVariable> substitute(List<JsonnetVariable> variables) {
        return variables.stream()
                .map(v -> new JsonnetVariable(v.name(), substitute(v.value()), v.code()))
                .toList();
    }
}
