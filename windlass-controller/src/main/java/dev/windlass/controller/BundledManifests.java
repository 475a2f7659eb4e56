package dev.windlass.controller;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the manifests Windlass ships inside its jar, such as the CRDs it installs. */
public final class BundledManifests {

    private BundledManifests() {
    }

    /**
     * The objects of a multi-document YAML resource, resolved relative to {@code owner}'s package.
     *
     * @throws IllegalStateException when the resource is missing or unreadable: a packaging fault
     */
    public static List<KubeObject> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<KubeObject> objects = new ArrayList<>();
            for (ParsedDocument document : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                    .read(resource, text).documents()) {
                if (document.content() instanceof MapNode map) {
                    objects.add(KubeObject.of(map));
                }
            }
            return objects;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
