package dev.windlass.render.kustomize;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Optional;

/**
 * One argument of {@code kustomize edit set image}, as Argo CD passes its {@code kustomize.images}
 * entries: {@code name=newName:tag@digest}, {@code name=newName}, {@code name:tag}, {@code name@digest}
 * and their combinations. {@code *} as new name, tag or digest keeps what the kustomization already
 * has for that image.
 *
 * @param name    the image name to match
 * @param newName the replacement name, or empty
 * @param newTag  the new tag, or empty
 * @param digest  the new digest, or empty
 */
record ImageArgument(String name, String newName, String newTag, String digest) {

    static final String KEEP = "*";

    static final String FORMS = "use one of name=newName:tag, name=newName@digest, name=newName:tag@digest,"
            + " name=newName, name:tag, name:tag@digest or name@digest";

    /** The argument {@code text}, or empty when it has none of kustomize's forms (such as a bare name). */
    static Optional<ImageArgument> parse(String text) {
        int equals = text.indexOf('=');
        String key = equals < 0 ? "" : text.substring(0, equals);
        String value = equals < 0 ? text : text.substring(equals + 1);
        String[] parts = split(value);
        if (parts[0].equals(text)) {
            return Optional.empty();
        }
        return key.isEmpty()
                ? Optional.of(new ImageArgument(parts[0], "", parts[1], parts[2]))
                : Optional.of(new ImageArgument(key, parts[0], parts[1], parts[2]));
    }

    /** Name, tag and digest of an image reference; a colon in the registry host (before the first slash) is no tag. */
    static String[] split(String image) {
        int slash = image.indexOf('/');
        int offset = slash > 0 ? slash : 0;
        String search = image.substring(offset);
        int at = search.indexOf('@');
        int colon = search.indexOf(':');
        if (colon < 0 && at < 0) {
            return new String[] {image, "", ""};
        }
        if (at >= 0 && (colon < 0 || at < colon)) {
            return new String[] {image.substring(0, offset + at), "", image.substring(offset + at + 1)};
        }
        if (at >= 0) {
            return new String[] {image.substring(0, offset + colon), image.substring(offset + colon + 1, offset + at),
                image.substring(offset + at + 1)};
        }
        return new String[] {image.substring(0, offset + colon), image.substring(offset + colon + 1), ""};
    }

    /** This argument with each {@code *} replaced by the kustomization's value from {@code existing}. */
    ImageArgument keeping(MapNode existing) {
        return new ImageArgument(name, kept(newName, existing, "newName"), kept(newTag, existing, "newTag"),
                kept(digest, existing, "digest"));
    }

    private static String kept(String value, MapNode existing, String key) {
        return value.equals(KEEP) ? existing.getText(key).orElse("") : value;
    }

    /** The {@code images} entry kustomize writes for this argument (empty fields left out). */
    MapNode entry() {
        MapNode.Builder out = MapNode.builder().put("name", Node.of(name));
        put(out, "newName", newName);
        put(out, "newTag", newTag);
        put(out, "digest", digest);
        return out.build();
    }

    private static void put(MapNode.Builder out, String key, String value) {
        if (!value.isEmpty() && !value.equals(KEEP)) {
            out.put(key, Node.of(value));
        }
    }
}
