package dev.windlass.git;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one Argo CD repository Secret into a {@link RepositorySecret}: values from {@code data}
 * (base64) overlaid by {@code stringData} (plain text), as the API server merges them. A Secret
 * with an error (no {@code url}, a value that is not base64, a boolean that is not one, an
 * unreadable SSH key) is left out, as Argo CD refuses it; each problem is an {@link Issue} naming
 * the Secret and the field, never the value.
 */
final class RepositorySecretReader {

    private static final Set<String> TYPES = Set.of("git", "helm", "oci");
    private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
    private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

    private final KubeObject secret;
    private final String label;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, FieldPath> fields = new LinkedHashMap<>();
    private final Set<String> broken = new HashSet<>();
    private final List<Issue> issues = new ArrayList<>();

    private RepositorySecretReader(KubeObject secret) {
        this.secret = secret;
        this.label = GitMessages.secret(secret.namespace(), secret.name());
    }

    /** The Secret read, or empty when it has errors; problems are added to {@code issues}. */
    static Optional<RepositorySecret> read(KubeObject secret, RepositorySecret.Kind kind, List<Issue> issues) {
        RepositorySecretReader reader = new RepositorySecretReader(secret);
        reader.collect("data", true);
        reader.collect("stringData", false);
        Optional<RepositorySecret> read = reader.build(kind);
        issues.addAll(reader.issues);
        return reader.issues.stream().anyMatch(Issue::isError) ? Optional.empty() : read;
    }

    private void collect(String section, boolean base64) {
        Optional<MapNode> map = secret.content().getMap(section);
        if (map.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Node> entry : map.get().asJavaMap().entrySet()) {
            FieldPath field = FieldPath.of(section, entry.getKey());
            Optional<String> text = entry.getValue().asText();
            if (text.isEmpty()) {
                error(GitMessages.BAD_VALUE, field, GitMessages.notText(label, field.toString()));
                broken.add(entry.getKey());
                continue;
            }
            String value = text.get();
            if (base64) {
                try {
                    value = new String(Base64.getDecoder().decode(value.replaceAll("[\\r\\n]", "")), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    error(GitMessages.BAD_VALUE, field, GitMessages.notBase64(label, field.toString()));
                    broken.add(entry.getKey());
                    continue;
                }
            }
            values.put(entry.getKey(), value);
            fields.put(entry.getKey(), field);
        }
    }

    private Optional<RepositorySecret> build(RepositorySecret.Kind kind) {
        String url = text("url").strip();
        if (url.isEmpty() && !broken.contains("url")) {
            error(GitMessages.MISSING_URL, fields.getOrDefault("url", FieldPath.of("data", "url")),
                    GitMessages.missingUrl(label));
        }
        String type = type();
        boolean insecure = kind == RepositorySecret.Kind.REPOSITORY && (bool("insecure") | bool("insecureIgnoreHostKey"));
        checkSshKey();
        checkPair();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RepositorySecret(kind, label, url, type, text("name"), text("project"),
                text("username"), text("password"), text("sshPrivateKey"), text("tlsClientCertData"), insecure,
                text("proxy"), text("noProxy")));
    }

    private String text(String key) {
        return values.getOrDefault(key, "");
    }

    private String type() {
        String type = text("type").strip();
        if (type.isEmpty()) {
            return "git";
        }
        if (!TYPES.contains(type)) {
            issues.add(Issue.warning(GitMessages.UNKNOWN_TYPE, locate(fields.get("type")),
                    GitMessages.unknownType(label, type)));
            return "git";
        }
        return type;
    }

    private boolean bool(String key) {
        if (!values.containsKey(key)) {
            return false;
        }
        String value = values.get(key);
        if (TRUE.contains(value)) {
            return true;
        }
        if (!FALSE.contains(value)) {
            error(GitMessages.BAD_BOOLEAN, fields.get(key), GitMessages.badBoolean(label, fields.get(key).toString()));
        }
        return false;
    }

    private void checkSshKey() {
        String key = text("sshPrivateKey");
        if (key.isEmpty()) {
            return;
        }
        try {
            SshKeys.parse(key);
        } catch (IllegalArgumentException e) {
            FieldPath field = fields.get("sshPrivateKey");
            error(GitMessages.BAD_SSH_KEY, field, GitMessages.badSshKey(label, field.toString(), e.getMessage()));
        }
    }

    private void checkPair() {
        boolean user = !text("username").isEmpty();
        boolean password = !text("password").isEmpty();
        if (password && !user) {
            issues.add(Issue.warning(GitMessages.INCOMPLETE_CREDENTIALS, locate(fields.get("password")),
                    GitMessages.passwordWithoutUsername(label)));
        } else if (user && !password && text("sshPrivateKey").isEmpty()) {
            issues.add(Issue.warning(GitMessages.INCOMPLETE_CREDENTIALS, locate(fields.get("username")),
                    GitMessages.usernameWithoutPassword(label)));
        }
    }

    private void error(String code, FieldPath field, String message) {
        issues.add(Issue.error(code, locate(field), message));
    }

    private Location locate(FieldPath field) {
        return secret.locate(field);
    }
}
