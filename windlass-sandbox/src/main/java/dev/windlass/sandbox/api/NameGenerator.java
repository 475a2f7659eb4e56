package dev.windlass.sandbox.api;

import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/** Gives an object created with {@code generateName} its name, as kube-apiserver does. */
final class NameGenerator {

    /** The alphabet of generated suffixes: no vowels (no words) and no look-alike characters. */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int SUFFIX = 5;
    private static final int MAX_NAME = 63;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private NameGenerator() {
    }

    static MapNode assign(ApiResource resource, MapNode object) {
        if (!Meta.name(object).isEmpty()) {
            return object;
        }
        String prefix = Meta.text(object, "generateName").orElseThrow(() -> ApiException.invalid(
                resource.group(), resource.kind(), "", List.of(new ApiException.Cause("FieldValueRequired",
                        "Required value: name or generateName is required", "metadata.name"))));
        return Meta.with(object, "name", Node.of(generate(prefix)));
    }

    static String generate(String prefix) {
        String base = prefix.length() > MAX_NAME - SUFFIX ? prefix.substring(0, MAX_NAME - SUFFIX) : prefix;
        StringBuilder name = new StringBuilder(base);
        for (int i = 0; i < SUFFIX; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
