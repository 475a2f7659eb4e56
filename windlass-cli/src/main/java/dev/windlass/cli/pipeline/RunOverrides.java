package dev.windlass.cli.pipeline;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ParamType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --param} and {@code --workspace} to a run before it starts, as {@code tkn ... start}
 * does: a param given on the command line replaces the run's own value of that name; values follow
 * tkn's spelling by declared type ({@code a,b,c} for an array, {@code k1:v1, k2:v2} for an object).
 * A workspace bound to a host directory becomes a claim the local executor maps to that directory.
 */
public final class RunOverrides {

    /** Claims named so are host directories ({@code --workspace name=DIR}). */
    static final String HOST_CLAIM_PREFIX = "windlass-host-";

    private RunOverrides() {
    }

    /** {@code name=value} pairs, split at the first {@code =}; a malformed one is an IllegalArgumentException. */
    public static Map<String, String> pairs(List<String> typed, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : typed) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + " " + pair + ": expected NAME=VALUE");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    /** The run with {@code params} set, each spelled by its declared type (string when undeclared). */
    static KubeObject params(KubeObject run, Map<String, String> params, Map<String, ParamType> declared) {
        if (params.isEmpty()) {
            return run;
        }
        List<Node> entries = new ArrayList<>(existing(run, "params"));
        params.forEach((name, text) -> {
            MapNode entry = MapNode.of("name", name, "value", value(text, declared.getOrDefault(name, ParamType.STRING)));
            replace(entries, name, entry);
        });
        return run.withField(FieldPath.of("spec", "params"), new ListNode(entries));
    }

    /** The run with each workspace bound to a host directory claim ({@code claims}: name → claim). */
    static KubeObject workspaces(KubeObject run, Map<String, String> claims) {
        if (claims.isEmpty()) {
            return run;
        }
        List<Node> entries = new ArrayList<>(existing(run, "workspaces"));
        claims.forEach((name, claim) -> replace(entries, name,
                MapNode.of("name", name, "persistentVolumeClaim", MapNode.of("claimName", claim))));
        return run.withField(FieldPath.of("spec", "workspaces"), new ListNode(entries));
    }

    /** The claim name standing for a host directory: stable for one directory. */
    static String hostClaim(Path directory) {
        String absolute = directory.toAbsolutePath().normalize().toString();
        return HOST_CLAIM_PREFIX + Integer.toHexString(absolute.hashCode());
    }

    static Node value(String text, ParamType type) {
        if (type == ParamType.ARRAY) {
            List<Node> items = new ArrayList<>();
            for (String item : text.split(",", -1)) {
                items.add(Node.of(item.trim()));
            }
            return new ListNode(items);
        }
        if (type == ParamType.OBJECT) {
            MapNode.Builder object = MapNode.builder();
            for (String pair : text.split(",")) {
                int colon = pair.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("object param value " + text
                            + ": expected key1:value1, key2:value2");
                }
                object.put(pair.substring(0, colon).trim(), Node.of(pair.substring(colon + 1).trim()));
            }
            return object.build();
        }
        return Node.of(text);
    }

    private static List<Node> existing(KubeObject run, String field) {
        return run.field(FieldPath.of("spec", field))
                .filter(ListNode.class::isInstance)
                .map(node -> ((ListNode) node).items())
                .orElse(List.of());
    }

    private static void replace(List<Node> entries, String name, MapNode entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof MapNode map && name.equals(map.getText("name").orElse(""))) {
                entries.set(i, entry);
                return;
            }
        }
        entries.add(entry);
    }
}
