package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kustomize's image transformer: rewrites the {@code image} of every item of any
 * {@code containers} or {@code initContainers} list (except in CustomResourceDefinitions), then
 * the image fields of its field specs (image volumes), for each {@code images} entry in turn.
 */
final class ImageTransform {

    private ImageTransform() {
    }

    static MapNode apply(MapNode object, List<Kustomization.ImageOverride> overrides) {
        return apply(object, overrides, BuiltinFieldSpecs.IMAGES);
    }

    /** As {@link #apply(MapNode, List)} with the image fields of {@code specs} (an ImageTagTransformer's fieldSpecs). */
    static MapNode apply(MapNode object, List<Kustomization.ImageOverride> overrides, List<FieldSpec> specs) {
        MapNode out = object;
        MapNode imagesOf = null;
        List<String> images = List.of();
        for (Kustomization.ImageOverride override : overrides) {
            if (!Transformers.gvk(out).kind().equals("CustomResourceDefinition")) {
                if (imagesOf != out) {
                    images = new ArrayList<>();
                    containerImages(out, images);
                    imagesOf = out;
                }
                // The walk changes nothing unless a container image matches; most objects have none.
                if (images.stream().anyMatch(image -> matches(image, override.name()))) {
                    out = (MapNode) containers(out, override);
                }
            }
            GroupVersionKind gvk = Transformers.gvk(out);
            for (FieldSpec spec : specs) {
                if (!spec.selects(gvk)) {
                    continue;
                }
                MapNode edited = FieldEditor.edit(out, spec, current -> current == null ? null : rewrite(current, override));
                if (edited != out) {
                    out = edited;
                    gvk = Transformers.gvk(out);
                }
            }
        }
        return out;
    }

    /** Adds the string images of the items of every containers or initContainers list in the tree to {@code out}. */
    private static void containerImages(Node node, List<String> out) {
        if (node instanceof ListNode list) {
            list.items().forEach(item -> containerImages(item, out));
        } else if (node instanceof MapNode map) {
            for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
                containerImages(entry.getValue(), out);
                boolean isContainers = entry.getKey().equals("containers") || entry.getKey().equals("initContainers");
                if (isContainers && entry.getValue() instanceof ListNode list) {
                    for (Node item : list.items()) {
                        if (item instanceof MapNode container
                                && container.get("image").orElse(null) instanceof StringNode image) {
                            out.add(image.value());
                        }
                    }
                }
            }
        }
    }

    /**
     * Walks the whole tree; the image of items in lists named containers or initContainers is
     * rewritten. Unchanged parts are returned as they were (the same instances).
     */
    private static Node containers(Node node, Kustomization.ImageOverride override) {
        if (node instanceof ListNode list) {
            List<Node> items = null;
            for (int i = 0; i < list.size(); i++) {
                Node item = list.items().get(i);
                Node walked = containers(item, override);
                if (walked != item) {
                    items = items == null ? new ArrayList<>(list.items()) : items;
                    items.set(i, walked);
                }
            }
            return items == null ? list : new ListNode(items);
        }
        if (!(node instanceof MapNode map)) {
            return node;
        }
        MapNode out = map;
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            Node value = containers(entry.getValue(), override);
            boolean isContainers = entry.getKey().equals("containers") || entry.getKey().equals("initContainers");
            if (isContainers && value instanceof ListNode list) {
                value = images(list, override);
            }
            if (value != entry.getValue() && !value.equals(entry.getValue())) {
                out = out.with(entry.getKey(), value);
            }
        }
        return out;
    }

    private static ListNode images(ListNode containers, Kustomization.ImageOverride override) {
        List<Node> items = null;
        for (int i = 0; i < containers.size(); i++) {
            Node item = containers.items().get(i);
            if (item instanceof MapNode container && container.get("image").isPresent()) {
                Node image = container.get("image").orElseThrow();
                Node rewritten = rewrite(image, override);
                if (rewritten != image) {
                    items = items == null ? new ArrayList<>(containers.items()) : items;
                    items.set(i, container.with("image", rewritten));
                }
            }
        }
        return items == null ? containers : new ListNode(items);
    }

    static Node rewrite(Node image, Kustomization.ImageOverride override) {
        if (!(image instanceof StringNode text) || !matches(text.value(), override.name())) {
            return image;
        }
        ImageRef ref = ImageRef.parse(text.value());
        String name = override.newName().isEmpty() ? ref.name() : override.newName();
        String tag = ref.tag();
        String digest = ref.digest();
        if (!override.newTag().isEmpty()) {
            tag = override.newTag();
            digest = override.digest();
        } else if (!override.digest().isEmpty()) {
            tag = "";
            digest = override.digest();
        } else if (!override.tagSuffix().isEmpty()) {
            tag = tag + override.tagSuffix();
            digest = "";
        }
        return Node.of(name + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest));
    }

    /** kustomize matches the entry's name as a pattern, followed by an optional tag and digest. */
    static boolean matches(String image, String name) {
        return CompiledPatterns.of("^" + name
                + "(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{}-]*)?$")
                .map(pattern -> pattern.matcher(image).matches()).orElse(false);
    }

    /** An image reference split into name, tag and digest (empty when absent); a registry port is part of the name. */
    record ImageRef(String name, String tag, String digest) {

        static ImageRef parse(String image) {
            int slash = Math.max(image.indexOf('/'), 0);
            String search = image.substring(slash);
            int at = search.indexOf('@');
            int colon = search.indexOf(':');
            if (at < 0 && colon < 0) {
                return new ImageRef(image, "", "");
            }
            if (at >= 0 && (colon < 0 || at < colon)) {
                return new ImageRef(image.substring(0, slash + at), "", image.substring(slash + at + 1));
            }
            if (at >= 0) {
                return new ImageRef(image.substring(0, slash + colon), image.substring(slash + colon + 1, slash + at),
                        image.substring(slash + at + 1));
            }
            return new ImageRef(image.substring(0, slash + colon), image.substring(slash + colon + 1), "");
        }
    }
}
