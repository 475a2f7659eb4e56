package dev.windlass.sandbox.validation;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The spec checks kube-apiserver makes when built-in objects are created, kind by kind (metadata
 * is {@link MetadataValidator}'s job). One table row per kind; add a kind by adding a row.
 *
 * <pre>{@code
 * List<Cause> causes = BuiltinValidator.validate(new GroupKind("apps", "Deployment"), object);
 * if (!causes.isEmpty()) throw ApiException.invalid("apps", "Deployment", name, causes);
 * }</pre>
 *
 * <p>Objects are expected after defaulting; a missing defaulted field reads as its default
 * (restart policy {@code Always}, port protocol {@code TCP}, Secret type {@code Opaque}).
 */
public final class BuiltinValidator {

    /** Most bytes a ConfigMap's or Secret's values may hold together: 1 MiB. */
    public static final int MAX_DATA_BYTES = 1024 * 1024;

    private static final String APPS = "apps";
    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final Map<GroupKind, Function<MapNode, List<Cause>>> RULES = rules();

    private BuiltinValidator() {
    }

    /** The causes that make {@code object} an invalid {@code kind}; empty for valid objects and unlisted kinds. */
    public static List<Cause> validate(GroupKind kind, MapNode object) {
        Function<MapNode, List<Cause>> rule = RULES.get(kind);
        return rule == null ? List.of() : rule.apply(object);
    }

    /** Whether {@code kind} has spec checks here. */
    public static boolean covers(GroupKind kind) {
        return RULES.containsKey(kind);
    }

    private static Map<GroupKind, Function<MapNode, List<Cause>>> rules() {
        Map<GroupKind, Function<MapNode, List<Cause>>> table = new LinkedHashMap<>();
        table.put(new GroupKind(APPS, "Deployment"), o -> WorkloadChecks.replicated(o, "deployment", true));
        table.put(new GroupKind(APPS, "ReplicaSet"), o -> WorkloadChecks.replicated(o, "deployment", true));
        table.put(new GroupKind(APPS, "StatefulSet"), o -> WorkloadChecks.replicated(o, "statefulset", false));
        table.put(new GroupKind(APPS, "DaemonSet"), WorkloadChecks::daemonSet);
        table.put(new GroupKind("batch", "Job"), o -> WorkloadChecks.job("spec", ImmutableFields.spec(o)));
        table.put(new GroupKind("batch", "CronJob"), BuiltinValidator::cronJob);
        table.put(new GroupKind("", "Pod"), BuiltinValidator::pod);
        table.put(new GroupKind("", "Service"), ServiceChecks::check);
        table.put(new GroupKind("", "ConfigMap"), BuiltinValidator::configMap);
        table.put(new GroupKind("", "Secret"), BuiltinValidator::secret);
        table.put(new GroupKind(RBAC, "RoleBinding"), o -> roleRef(o, List.of("Role", "ClusterRole")));
        table.put(new GroupKind(RBAC, "ClusterRoleBinding"), o -> roleRef(o, List.of("ClusterRole")));
        return Map.copyOf(table);
    }

    private static List<Cause> pod(MapNode pod) {
        MapNode spec = ImmutableFields.spec(pod);
        List<Cause> causes = new ArrayList<>(WorkloadChecks.podSpec("spec", spec));
        String policy = spec.getText("restartPolicy").orElse("Always");
        List<String> allowed = List.of("Always", "OnFailure", "Never");
        if (!allowed.contains(policy)) {
            causes.add(FieldErrors.notSupported("spec.restartPolicy", policy, allowed));
        }
        return causes;
    }

    private static List<Cause> cronJob(MapNode cronJob) {
        List<Cause> causes = new ArrayList<>();
        MapNode spec = ImmutableFields.spec(cronJob);
        if (spec.getText("schedule").orElse("").isEmpty()) {
            causes.add(FieldErrors.required("spec.schedule", ""));
        }
        MapNode jobSpec = spec.at(FieldPath.of("jobTemplate", "spec")).flatMap(Node::asMap).orElse(MapNode.empty());
        causes.addAll(WorkloadChecks.job("spec.jobTemplate.spec", jobSpec));
        String name = cronJob.at(FieldPath.of("metadata", "name")).flatMap(Node::asText).orElse("");
        if (name.length() > 52) {
            causes.add(FieldErrors.invalid("metadata.name", name, "must be no more than 52 characters"));
        }
        return causes;
    }

    private static List<Cause> configMap(MapNode configMap) {
        List<Cause> causes = new ArrayList<>();
        MapNode data = configMap.getMap("data").orElse(MapNode.empty());
        MapNode binary = configMap.getMap("binaryData").orElse(MapNode.empty());
        long total = 0;
        for (Map.Entry<String, Node> entry : data.asJavaMap().entrySet()) {
            String key = entry.getKey();
            causes.addAll(FieldErrors.invalidEach("data[" + key + "]", key, Syntax.configMapKey(key)));
            if (binary.containsKey(key)) {
                causes.add(FieldErrors.invalid("data[" + key + "]", key, "duplicate of key present in binaryData"));
            }
            total += text(entry.getValue()).getBytes(StandardCharsets.UTF_8).length;
        }
        for (Map.Entry<String, Node> entry : binary.asJavaMap().entrySet()) {
            causes.addAll(FieldErrors.invalidEach("binaryData[" + entry.getKey() + "]", entry.getKey(),
                    Syntax.configMapKey(entry.getKey())));
            total += decodedLength(text(entry.getValue()));
        }
        if (total > MAX_DATA_BYTES) {
            causes.add(FieldErrors.tooLong("", MAX_DATA_BYTES));
        }
        return causes;
    }

    private static List<Cause> secret(MapNode secret) {
        List<Cause> causes = new ArrayList<>();
        MapNode data = StoredDataRules.secretData(secret);
        long total = 0;
        for (Map.Entry<String, Node> entry : data.asJavaMap().entrySet()) {
            String key = entry.getKey();
            causes.addAll(FieldErrors.invalidEach("data[" + key + "]", key, Syntax.configMapKey(key)));
            total += decodedLength(text(entry.getValue()));
        }
        if (total > MAX_DATA_BYTES) {
            causes.add(FieldErrors.tooLong("data", MAX_DATA_BYTES));
        }
        causes.addAll(secretTypeKeys(secret, data.keys()));
        return causes;
    }

    /** The keys each well-known Secret type requires. */
    private static List<Cause> secretTypeKeys(MapNode secret, Set<String> keys) {
        String type = secret.getText("type").orElse("Opaque");
        List<Cause> causes = new ArrayList<>();
        switch (type) {
            case "kubernetes.io/service-account-token" -> {
                String account = secret.at(FieldPath.of("metadata", "annotations", "kubernetes.io/service-account.name"))
                        .flatMap(Node::asText).orElse("");
                if (account.isEmpty()) {
                    causes.add(FieldErrors.required("metadata.annotations[kubernetes.io/service-account.name]", ""));
                }
            }
            case "kubernetes.io/dockercfg" -> requireKeys(keys, List.of(".dockercfg"), causes);
            case "kubernetes.io/dockerconfigjson" -> requireKeys(keys, List.of(".dockerconfigjson"), causes);
            case "kubernetes.io/basic-auth" -> {
                if (!keys.contains("username") && !keys.contains("password")) {
                    requireKeys(keys, List.of("username", "password"), causes);
                }
            }
            case "kubernetes.io/ssh-auth" -> requireKeys(keys, List.of("ssh-privatekey"), causes);
            case "kubernetes.io/tls" -> requireKeys(keys, List.of("tls.crt", "tls.key"), causes);
            default -> {
                // Opaque and custom types require nothing.
            }
        }
        return causes;
    }

    private static void requireKeys(Set<String> keys, List<String> required, List<Cause> causes) {
        for (String key : required) {
            if (!keys.contains(key)) {
                causes.add(FieldErrors.required("data[" + key + "]", ""));
            }
        }
    }

    private static List<Cause> roleRef(MapNode binding, List<String> kinds) {
        MapNode roleRef = binding.getMap("roleRef").orElse(MapNode.empty());
        List<Cause> causes = new ArrayList<>();
        String group = roleRef.getText("apiGroup").orElse("");
        if (!group.equals(RBAC)) {
            causes.add(FieldErrors.notSupported("roleRef.apiGroup", group, List.of(RBAC)));
        }
        String kind = roleRef.getText("kind").orElse("");
        if (!kinds.contains(kind)) {
            causes.add(FieldErrors.notSupported("roleRef.kind", kind, kinds));
        }
        String name = roleRef.getText("name").orElse("");
        if (name.isEmpty()) {
            causes.add(FieldErrors.required("roleRef.name", ""));
        } else {
            causes.addAll(FieldErrors.invalidEach("roleRef.name", name, Syntax.pathSegment(name)));
        }
        return causes;
    }

    private static String text(Node node) {
        return node.asText().orElse(node.toString());
    }

    private static long decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length();
        }
    }
}
