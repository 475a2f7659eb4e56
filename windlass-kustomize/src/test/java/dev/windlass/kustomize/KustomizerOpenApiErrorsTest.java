package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code openapi:} field's refusals: the cases where {@code kubectl kustomize} fails (both
 * {@code path} and {@code version}, a missing file, a version it does not carry, a file that is no
 * schema) and the remote schema URLs Windlass does not download.
 */
class KustomizerOpenApiErrorsTest {

    private static final String SCHEMA = """
            definitions:
              com.example.v1.Widget:
                type: object
                x-kubernetes-group-version-kind:
                - {group: example.com, kind: Widget, version: v1}
            """;

    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("pathAndVersion_refused", "", "openapi:\n  version: v1.21.2\n  path: s.yaml\n",
                        KustomizationReader.INVALID, FieldPath.of("openapi"), "cannot use both"),
                Arguments.of("missingFile_refused", "", "openapi:\n  path: nope.yaml\n",
                        KustomizeBuild.MISSING, FieldPath.of("openapi", "path"), "nope.yaml"),
                Arguments.of("versionNotBuiltIn_refused", "", "openapi:\n  version: v1.14.1\n",
                        KustomizationReader.INVALID, FieldPath.of("openapi", "version"), "not built in"),
                Arguments.of("underscoreVersion_refused", "", "openapi:\n  version: v1_21_2\n",
                        KustomizationReader.INVALID, FieldPath.of("openapi", "version"), "v1.21.2"),
                Arguments.of("remoteSchema_refused", "",
                        "openapi:\n  path: https://example.com/schema.json\n",
                        KustomizationReader.UNSUPPORTED, FieldPath.of("openapi", "path"), "URL"),
                Arguments.of("notAMapping_refused", "", "openapi: [s.yaml]\n",
                        KustomizationReader.INVALID, FieldPath.of("openapi"), "mapping"),
                Arguments.of("schemaWithoutDefinitions_refused", "", "openapi:\n  path: r.yaml\n",
                        KustomizationReader.INVALID, FieldPath.of("openapi", "path"), "definitions"),
                Arguments.of("baseMissingFile_refusedEvenWhenRootSetSchema", "base/",
                        "openapi:\n  path: nope.yaml\n", KustomizeBuild.MISSING, FieldPath.of("openapi", "path"),
                        "nope.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void openapi_refusesLikeKustomize(String name, String where, String field, String code, FieldPath at,
            String says) {
        var snapshot = files("kustomization.yaml", "resources: [base]\nopenapi:\n  path: s.yaml\n", "s.yaml", SCHEMA,
                "base/kustomization.yaml", "resources: [r.yaml]\n" + (where.isEmpty() ? "" : field),
                "base/r.yaml", CONFIG_MAP, "top/kustomization.yaml", "resources: [r.yaml]\n" + field,
                "top/r.yaml", CONFIG_MAP, "top/s.yaml", SCHEMA);
        var errors = build(snapshot, where.isEmpty() ? "top" : "").errors();
        assertThat(errors).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(code);
            assertThat(issue.location().field()).isEqualTo(at);
            assertThat(issue.message()).contains(says);
        });
    }
}
