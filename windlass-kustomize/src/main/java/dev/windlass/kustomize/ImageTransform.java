package dev.windlass.kustomize;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
        for (Kustomization.ImageOverride override : overrides) {
            if (!Transformers.gvk(out).kind().equals("CustomResourceDefinition")) {
                out = (MapNode) containers(out, override);
            }
            for (FieldSpec spec : specs) {
                if (!spec.selects(Transformers.gvk(out))) {
                    continue;
                }
                out = FieldEditor.edit(out, spec, current -> current == null ? null : rewrite(current, override));
            }
        }
        return out;
    }

    /** Walks the whole tree; the image of items in lists named containers or initContainers is rewritten. */
    private static Node containers(Node node, Kustomization.ImageOverride override) {
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>(list.size());
            list.items().forEach(item -> items.add(containers(item, override)));
            return new ListNode(items);
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
            if (!value.equals(entry.getValue())) {
                out = out.with(entry.getKey(), value);
            }
        }
        return out;
    }

    private static ListNode images(ListNode containers, Kustomization.ImageOverride override) {
        List<Node> items = new ArrayList<>(containers.size());
        for (Node item : containers.items()) {
            if (item instanceof MapNode container && container.get("image").isPresent()) {
                items.add(container.with("image", rewrite(container.get("image").orElseThrow(), override)));
            } else {
                items.add(item);
            }
        }
        return new ListNode(items);
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
        try {
            return Pattern.compile("^" + name
                    + "(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{}-]*)?$").matcher(image).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
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
