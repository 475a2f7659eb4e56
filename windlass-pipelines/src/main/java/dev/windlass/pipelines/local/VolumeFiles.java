package dev.windlass.pipelines.local;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the keys of a ConfigMap or Secret as files, as a Kubernetes volume does: every key, or only
 * the {@code items} listed (key to path). Secret {@code data} is base64-decoded; files are read-only.
 */
final class VolumeFiles {

    private final TaskRunRequest request;
    private final String owner;

    /** {@code owner} names what the files are for in messages: {@code workspace "conf"}, {@code volume "v"}. */
    VolumeFiles(TaskRunRequest request, String owner) {
        this.request = request;
        this.owner = owner;
    }

    void write(Path dir, MapNode binding, WorkspaceSource source) throws IOException {
        if (source == WorkspaceSource.CONFIG_MAP) {
            writeSource(dir, binding.getMap("configMap").orElse(MapNode.empty()), "ConfigMap", "name");
        } else if (source == WorkspaceSource.SECRET) {
            writeSource(dir, binding.getMap("secret").orElse(MapNode.empty()), "Secret", "secretName");
        } else if (source == WorkspaceSource.PROJECTED) {
            ListNode sources = binding.getMap("projected").flatMap(p -> p.getList("sources")).orElse(ListNode.empty());
            for (Node item : sources.items()) {
                MapNode entry = item.asMap().orElse(MapNode.empty());
                entry.getMap("configMap").ifPresent(cm -> uncheckedWrite(dir, cm, "ConfigMap"));
                entry.getMap("secret").ifPresent(secret -> uncheckedWrite(dir, secret, "Secret"));
            }
        }
    }

    private void uncheckedWrite(Path dir, MapNode source, String kind) {
        try {
            writeSource(dir, source, kind, "name");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeSource(Path dir, MapNode source, String kind, String nameField) throws IOException {
        String name = source.getText(nameField).orElse("");
        boolean optional = source.get("optional").map(n -> n.equals(Node.of(true))).orElse(false);
        Optional<KubeObject> object = request.objects().find(kind, request.namespace(), name);
        if (object.isEmpty()) {
            if (optional) {
                return;
            }
            throw new LocalFailure(LocalFailure.CONTAINER_CONFIG, kind.toLowerCase(java.util.Locale.ROOT) + " \""
                    + name + "\" not found (" + owner + " in namespace \"" + request.namespace()
                    + "\"): pass it with the run's files or create it, or mark the volume optional");
        }
        Map<String, byte[]> keys = keys(object.get(), kind);
        Optional<ListNode> items = source.getList("items");
        if (items.isEmpty()) {
            for (Map.Entry<String, byte[]> key : keys.entrySet()) {
                writeFile(dir, key.getKey(), key.getValue());
            }
            return;
        }
        for (Node item : items.get().items()) {
            MapNode map = item.asMap().orElse(MapNode.empty());
            String key = map.getText("key").orElse("");
            byte[] data = keys.get(key);
            if (data == null) {
                if (optional) {
                    continue;
                }
                throw new LocalFailure(LocalFailure.CONTAINER_CONFIG, kind + " \"" + name + "\" has no key \"" + key
                        + "\" (" + owner + " items): add the key or remove the item");
            }
            writeFile(dir, map.getText("path").orElse(key), data);
        }
    }

    /** The keys of a ConfigMap ({@code data}, {@code binaryData}) or Secret ({@code data}, {@code stringData}). */
    static Map<String, byte[]> keys(KubeObject object, String kind) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        MapNode content = object.content();
        boolean secret = "Secret".equals(kind);
        content.getMap("data").ifPresent(data -> data.keys().forEach(k -> keys.put(k,
                secret ? decode(data.getText(k).orElse("")) : text(data.getText(k).orElse("")))));
        String second = secret ? "stringData" : "binaryData";
        content.getMap(second).ifPresent(data -> data.keys().forEach(k -> keys.put(k,
                secret ? text(data.getText(k).orElse("")) : decode(data.getText(k).orElse("")))));
        return keys;
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] decode(String value) {
        return Base64.getMimeDecoder().decode(value);
    }

    private void writeFile(Path dir, String relative, byte[] data) throws IOException {
        Path file = dir.resolve(relative).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw new LocalFailure(LocalFailure.VALIDATION, owner + " item path \"" + relative
                    + "\" leaves its directory: use a relative path without \"..\"");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    }

    /** Makes {@code dir} and everything under it non-writable. */
    static void makeReadOnly(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                String mode = Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--";
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
            }
        }
    }
}
