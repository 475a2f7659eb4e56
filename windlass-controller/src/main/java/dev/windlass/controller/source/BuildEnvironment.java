package dev.windlass.controller.source;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.controller.app.ApplicationSourceHelm;
import dev.windlass.render.jsonnet.JsonnetVariable;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argo CD's build environment: {@code $ARGOCD_APP_NAME}, {@code ${ARGOCD_APP_NAMESPACE}},
 * {@code $ARGOCD_APP_REVISION} … substituted before a source is rendered into the Jsonnet
 * {@code extVars} and {@code tlas} of a directory source (unknown variables left as written), and
 * into the {@code images}, {@code commonLabels} and (with {@code commonAnnotationsEnvsubst})
 * {@code commonAnnotations} of a Kustomize source, and into the parameter values, value file paths
 * and file parameter paths of a Helm source (not its inline values), as Argo CD's {@code Env.Envsubst}
 * does it there: unknown variables become empty and {@code $$} is a dollar sign.
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
                "ARGOCD_APP_REVISION_SHORT_8", revision.length() > 8 ? revision.substring(0, 8) : revision,
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

    /**
     * {@code text} expanded like Go's {@code os.Expand} with Argo CD's mapping: {@code $NAME} and
     * {@code ${NAME}} become the variable's value, or nothing when it is unknown; {@code $$} becomes
     * {@code $}; a {@code $} before anything else stays.
     */
    public String envsubst(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            i = expandAt(text, i + 1, out);
        }
        return out.toString();
    }

    /** Expands the variable after a {@code $} whose name starts at {@code start}; returns where to go on. */
    private int expandAt(String text, int start, StringBuilder out) {
        char first = text.charAt(start);
        if (first == '{') {
            int close = text.indexOf('}', start + 1);
            if (close < 0) {
                return start + 1;  // "${" without an end: Go drops both characters
            }
            out.append(value(text.substring(start + 1, close)));
            return close + 1;
        }
        if (first == '$' || "*#@!?-".indexOf(first) >= 0 || Character.isDigit(first)) {
            out.append(first == '$' ? "$" : value(String.valueOf(first)));
            return start + 1;
        }
        int end = start;
        while (end < text.length() && (text.charAt(end) == '_' || isAsciiLetterOrDigit(text.charAt(end)))) {
            end++;
        }
        if (end == start) {
            out.append('$');
            return start;
        }
        out.append(value(text.substring(start, end)));
        return end;
    }

    private String value(String name) {
        return name.equals("$") ? "$" : values.getOrDefault(name, "");
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * {@code source} with the build environment substituted where Argo CD substitutes it: Jsonnet
     * variables, Kustomize images, labels and (when asked) annotations, and Helm parameter values,
     * value files and file parameter paths.
     */
    public ApplicationSource apply(ApplicationSource source) {
        return source.withOptions(directory(source.directory()), kustomize(source.kustomize()))
                .withHelm(helm(source.helm()));
    }

    private ApplicationSourceHelm helm(ApplicationSourceHelm helm) {
        if (helm.valueFiles().isEmpty() && helm.parameters().isEmpty() && helm.fileParameters().isEmpty()) {
            return helm;
        }
        return helm.withSubstituted(helm.valueFiles().stream().map(this::envsubst).toList(),
                helm.parameters().stream().map(p -> new ApplicationSourceHelm.Parameter(p.name(), envsubst(p.value()),
                        p.forceString())).toList(),
                helm.fileParameters().stream().map(p -> new ApplicationSourceHelm.FileParameter(p.name(),
                        envsubst(p.path()))).toList());
    }

    private ApplicationSource.Directory directory(ApplicationSource.Directory directory) {
        ApplicationSource.Jsonnet jsonnet = directory.jsonnet();
        if (jsonnet.extVars().isEmpty() && jsonnet.tlas().isEmpty()) {
            return directory;
        }
        ApplicationSource.Jsonnet substituted = new ApplicationSource.Jsonnet(jsonnet.libs(),
                substitute(jsonnet.extVars()), substitute(jsonnet.tlas()));
        return new ApplicationSource.Directory(directory.recurse(), directory.include(), directory.exclude(), substituted);
    }

    private KustomizeOverrides kustomize(KustomizeOverrides kustomize) {
        if (kustomize.images().isEmpty() && kustomize.commonLabels().isEmpty() && kustomize.commonAnnotations().isEmpty()) {
            return kustomize;
        }
        Map<String, String> annotations = kustomize.commonAnnotationsEnvsubst()
                ? envsubst(kustomize.commonAnnotations()) : kustomize.commonAnnotations();
        return kustomize.withSubstituted(kustomize.images().stream().map(this::envsubst).toList(),
                envsubst(kustomize.commonLabels()), annotations);
    }

    private Map<String, String> envsubst(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(key, envsubst(value)));
        return out;
    }

    private List<JsonnetVariable> substitute(List<JsonnetVariable> variables) {
        return variables.stream()
                .map(v -> new JsonnetVariable(v.name(), substitute(v.value()), v.code()))
                .toList();
    }
}
