package dev.windlass.kube;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Objects and clients the adapter tests share. */
final class Fixtures {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** One YAML document as an object. */
    static KubeObject yaml(String text) {
        ParsedStream stream = YAML.read("test.yaml", text);
        if (stream.hasErrors() || stream.documents().isEmpty()) {
            throw new IllegalArgumentException("bad test YAML: " + stream.issues());
        }
        return KubeObject.of((MapNode) stream.documents().get(0).content());
    }

    static KubeObject configMap(String namespace, String name, String key, String value) {
        return yaml("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %s
                  namespace: %s
                data:
                  %s: "%s"
                """.formatted(name, namespace, key, value));
    }

    /** A CRD for {@code kind} in group {@code group} (plural: lower-case kind + "s"), with a status subresource. */
    static KubeObject crd(String group, String kind, String scope) {
        String plural = kind.toLowerCase(Locale.ROOT) + "s";
        return yaml("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: %s.%s
                spec:
                  group: %s
                  scope: %s
                  names:
                    kind: %s
                    plural: %s
                    singular: %s
                    listKind: %sList
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    subresources:
                      status: {}
                    schema:
                      openAPIV3Schema:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
                """.formatted(plural, group, group, scope, kind, plural, kind.toLowerCase(Locale.ROOT), kind));
    }

    /** A namespace name unique in the run. */
    static String uniqueName(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A client for the same server that gives up after one retry (fault tests stay fast). */
    static KubernetesClient impatient(KubernetesClient client) {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(client.getConfiguration())
                .withRequestRetryBackoffLimit(0).withRequestRetryBackoffInterval(1).build()).build();
    }
}
