package dev.windlass.pipelines.triggers;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.run.ObjectLookup;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads one key of a Secret through an {@link ObjectLookup}: {@code stringData} first, else base64 {@code data}. */
final class SecretValues {

    /** The secret's bytes, or why there are none (the message never holds a secret value). */
    record Lookup(byte[] value, String problem) {
        boolean found() {
            return value != null;
        }
    }

    private final ObjectLookup lookup;

    SecretValues(ObjectLookup lookup) {
        this.lookup = lookup;
    }

    Lookup get(String namespace, String name, String key) {
        Optional<KubeObject> secret = lookup.find("Secret", namespace, name);
        if (secret.isEmpty()) {
            return new Lookup(null, "Secret " + namespace + "/" + name + " not found; give it with -f or create it");
        }
        MapNode content = secret.get().content();
        Optional<String> text = content.getMap("stringData").flatMap(m -> m.getText(key));
        if (text.isPresent()) {
            return new Lookup(text.get().getBytes(StandardCharsets.UTF_8), null);
        }
        Optional<String> encoded = content.getMap("data").flatMap(m -> m.getText(key));
        if (encoded.isEmpty()) {
            return new Lookup(null, "Secret " + namespace + "/" + name + " has no key " + key);
        }
        try {
            return new Lookup(Base64.getMimeDecoder().decode(encoded.get()), null);
        } catch (IllegalArgumentException e) {
            return new Lookup(null, "Secret " + namespace + "/" + name + " key " + key + " is not valid base64");
        }
    }
}
