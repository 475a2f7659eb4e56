package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.yaml.JsonMarshaler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .Capabilities.KubeVersion}: Helm's {@code common.KubeVersion} with fields {@code Version},
 * {@code Major}, {@code Minor} and methods {@code String} (the normalized version) and
 * {@code GitVersion}. {@link #parse} reads {@code --kube-version} as Kubernetes' generic version
 * parser does.
 *
 * @param version    the full version with a leading {@code v}, e.g. {@code v1.33.4-gke.1}
 * @param normalized {@code v} plus the numeric components, e.g. {@code v1.33.4}
 * @param major      the major component
 * @param minor      the minor component
 */
public record KubeVersion(String version, String normalized, String major, String minor)
        implements GoObject, JsonMarshaler {

    /** The version {@code helm template} assumes without {@code --kube-version} (Helm 4.2 built on client-go v0.36). */
    public static final KubeVersion DEFAULT = new KubeVersion("v1.36.0", "v1.36.0", "1", "36");

    /** The version Helm's own test suite (and its goldens) runs with. */
    public static final KubeVersion HELM_TESTS = new KubeVersion("v1.20.0", "v1.20.0", "1", "20");

    private static final Pattern VERSION = Pattern.compile("^\\s*v?([0-9]+(?:\\.[0-9]+)*)(.*)$", Pattern.DOTALL);

    /** {@code common.ParseKubeVersion}; the message is k8s.io/apimachinery's. */
    public static KubeVersion parse(String text) throws HelmException {
        Matcher m = VERSION.matcher(text);
        if (!m.matches()) {
            throw new HelmException("could not parse \"" + text + "\" as version");
        }
        String[] components = m.group(1).split("\\.");
        if (components.length < 2) {
            throw new HelmException("illegal version string \"" + text + "\"");
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String c = components[i];
            if (i == 0 && c.startsWith("0") && !c.equals("0")) {
                throw new HelmException("illegal zero-prefixed version component \"" + c + "\" in \"" + text + "\"");
            }
            numbers.add(unsigned(c, text));
        }
        String git = text.startsWith("v") ? text : "v" + text;
        return new KubeVersion(git, "v" + String.join(".", numbers), numbers.get(0), numbers.get(1));
    }

    private static String unsigned(String component, String text) throws HelmException {
        try {
            return Long.toUnsignedString(Long.parseUnsignedLong(component));
        } catch (NumberFormatException e) {
            throw new HelmException("illegal non-numeric version component \"" + component + "\" in \"" + text
                    + "\": strconv.ParseUint: parsing \"" + component + "\": value out of range");
        }
    }

    @Override
    public String goTypeName() {
        return "common.KubeVersion";
    }

    @Override
    public GoMember member(String name) {
        return switch (name) {
            case "Version" -> GoMember.field(version);
            case "Major" -> GoMember.field(major);
            case "Minor" -> GoMember.field(minor);
            case "String" -> GoMember.method(GoFunc.of("String", args -> normalized));
            case "GitVersion" -> GoMember.method(GoFunc.of("GitVersion", args -> version));
            default -> null;
        };
    }

    @Override
    public Object jsonValue() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Version", version);
        json.put("Major", major);
        json.put("Minor", minor);
        return json;
    }

    /** What templates print for {@code {{ .Capabilities.KubeVersion }}} (its {@code String} method). */
    @Override
    public String toString() {
        return normalized;
    }
}
