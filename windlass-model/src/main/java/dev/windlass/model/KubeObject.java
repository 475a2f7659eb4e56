package dev.windlass.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.TreeEdit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kubernetes object, immutable. It keeps every field it was read with, known or not, in the
 * order it was read, and offers typed access to the identity and metadata fields. Changes return
 * copies ({@code withName}, {@code withLabel}, ...). Equality compares content only, not origin.
 */
public final class KubeObject {

    private static final FieldPath METADATA = FieldPath.of("metadata");

    private final MapNode content;
    private final Origin origin;

    private KubeObject(MapNode content, Origin origin) {
        this.content = Objects.requireNonNull(content, "content");
        this.origin = origin;
    }

    public static KubeObject of(MapNode content) {
        return new KubeObject(content, null);
    }

    public static KubeObject of(MapNode content, Origin origin) {
        return new KubeObject(content, origin);
    }

    public MapNode content() {
        return content;
    }

    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    public KubeObject withOrigin(Origin newOrigin) {
        return new KubeObject(content, newOrigin);
    }

    public KubeObject withContent(MapNode newContent) {
        return new KubeObject(newContent, origin);
    }

    public String apiVersion() {
        return content.getText("apiVersion").orElse("");
    }

    public String kind() {
        return content.getText("kind").orElse("");
    }

    public GroupVersionKind gvk() {
        return GroupVersionKind.of(apiVersion(), kind());
    }

    public GroupKind groupKind() {
        return gvk().groupKind();
    }

    public MapNode metadata() {
        return content.getMap("metadata").orElse(MapNode.empty());
    }

    public String name() {
        return metadata().getText("name").orElse("");
    }

    public String generateName() {
        return metadata().getText("generateName").orElse("");
    }

    /** The namespace as written; {@code ""} when unset (the cluster decides what that means). */
    public String namespace() {
        return metadata().getText("namespace").orElse("");
    }

    public ResourceKey key() {
        return new ResourceKey(gvk().group(), kind(), namespace(), name());
    }

    /** Labels with string values, in their written order. */
    public Map<String, String> labels() {
        return stringMap("labels");
    }

    /** Annotations with string values, in their written order. */
    public Map<String, String> annotations() {
        return stringMap("annotations");
    }

    public Optional<String> label(String key) {
        return Optional.ofNullable(labels().get(key));
    }

    public Optional<String> annotation(String key) {
        return Optional.ofNullable(annotations().get(key));
    }

    public List<OwnerReference> ownerReferences() {
        List<OwnerReference> refs = new ArrayList<>();
        metadata().getList("ownerReferences")
                .ifPresent(list -> list.items().forEach(item -> OwnerReference.from(item).ifPresent(refs::add)));
        return Collections.unmodifiableList(refs);
    }

    /** The value at {@code path}, e.g. {@code FieldPath.of("spec", "replicas")}. */
    public Optional<Node> field(FieldPath path) {
        return content.at(path);
    }

    /** A copy with {@code value} at {@code path}, creating maps on the way as needed. */
    public KubeObject withField(FieldPath path, Node value) {
        return withContent(TreeEdit.set(content, path, value));
    }

    public KubeObject withName(String name) {
        return withField(METADATA.key("name"), Node.of(name));
    }

    public KubeObject withNamespace(String namespace) {
        return withField(METADATA.key("namespace"), Node.of(namespace));
    }

    public KubeObject withLabel(String key, String value) {
        return withField(METADATA.key("labels").key(key), Node.of(value));
    }

    public KubeObject withAnnotation(String key, String value) {
        return withField(METADATA.key("annotations").key(key), Node.of(value));
    }

    /** Where {@code field} was written, when this object was read from a file. */
    public Location locate(FieldPath field) {
        Location base = origin == null ? Location.of(key(), field) : origin.locate(field);
        return base.withObject(key());
    }

    private Map<String, String> stringMap(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata().getMap(field).ifPresent(map -> map.asJavaMap().forEach((k, v) -> v.asText().ifPresent(t -> out.put(k, t))));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KubeObject o && content.equals(o.content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    @Override
    public String toString() {
        return key().describe();
    }
}
