package dev.windlass.sandbox.api;

import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;
import dev.windlass.sandbox.validation.NameRules;

/** Gives an object created with {@code generateName} its name, as kube-apiserver does. */
final class NameGenerator {

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
        return Meta.with(object, "name", Node.of(NameRules.generateName(prefix, RANDOM)));
    }
}
