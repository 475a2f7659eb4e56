package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.controller.app.ApplicationSourceHelm;
import dev.windlass.render.jsonnet.JsonnetVariable;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildEnvironmentTest {

    private static final ApplicationSource SOURCE = new ApplicationSource("https://git.example.com/r", "main", "apps/web",
            new ApplicationSource.Directory(false, "", "", new ApplicationSource.Jsonnet(List.of(),
                    List.of(JsonnetVariable.string("app", "$ARGOCD_APP_NAME-${ARGOCD_APP_REVISION_SHORT}")),
                    List.of(JsonnetVariable.code("ns", "'${ARGOCD_APP_NAMESPACE}'")))));

    private final BuildEnvironment env = BuildEnvironment.of("web", "argocd", "0123456789abcdef0123456789abcdef01234567", SOURCE);

    @Test
    void substitute_replacesArgoBuildVariablesInBothSpellings() {
        assertThat(env.substitute("$ARGOCD_APP_NAME/${ARGOCD_APP_SOURCE_PATH}@$ARGOCD_APP_SOURCE_TARGET_REVISION"))
                .isEqualTo("web/apps/web@main");
        assertThat(env.substitute("${ARGOCD_APP_SOURCE_REPO_URL}")).isEqualTo("https://git.example.com/r");
    }

    @Test
    void substitute_leavesUnknownVariablesAndPlainTextAlone() {
        assertThat(env.substitute("$HOME and ${NOPE} and 5$")).isEqualTo("$HOME and ${NOPE} and 5$");
        assertThat(env.substitute("no variables")).isEqualTo("no variables");
    }

    @Test
    void apply_substitutesExtVarsAndTlas() {
        ApplicationSource.Jsonnet jsonnet = env.apply(SOURCE).directory().jsonnet();
        assertThat(jsonnet.extVars()).containsExactly(JsonnetVariable.string("app", "web-0123456"));
        assertThat(jsonnet.tlas()).containsExactly(JsonnetVariable.code("ns", "'argocd'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$ARGOCD_APP_NAME:${ARGOCD_APP_REVISION_SHORT_8}   | web:01234567",
        "$UNKNOWN-${ALSO_UNKNOWN}-x                        | --x",
        "cost: $$5 and $1 and $                            | cost: $5 and  and $",
        "a $ b ${unterminated                              | a $ b unterminated",
    })
    void envsubst_expandsLikeArgoCdsEnvsubst(String text, String expected) {
        assertThat(env.envsubst(text)).isEqualTo(expected);
    }

    @Test
    void apply_substitutesKustomizeImagesLabelsAndOnlyAskedForAnnotations() {
        KustomizeOverrides overrides = KustomizeOverrides.builder().namePrefix("$ARGOCD_APP_NAME-")
                .images(List.of("web=registry/web:${ARGOCD_APP_REVISION_SHORT}"))
                .commonLabels(Map.of("app", "$ARGOCD_APP_NAME")).commonAnnotations(Map.of("rev", "$ARGOCD_APP_REVISION"))
                .build();
        ApplicationSource kustomize = new ApplicationSource(SOURCE.repoURL(), "main", "apps/web",
                ApplicationSource.Type.KUSTOMIZE, ApplicationSource.Directory.DEFAULT, overrides);

        KustomizeOverrides plain = env.apply(kustomize).kustomize();
        KustomizeOverrides withAnnotations = env.apply(kustomize.withOptions(ApplicationSource.Directory.DEFAULT,
                overrides.toBuilder().commonAnnotationsEnvsubst(true).build())).kustomize();

        assertThat(plain.namePrefix()).isEqualTo("$ARGOCD_APP_NAME-");
        assertThat(plain.images()).containsExactly("web=registry/web:0123456");
        assertThat(plain.commonLabels()).containsEntry("app", "web");
        assertThat(plain.commonAnnotations()).containsEntry("rev", "$ARGOCD_APP_REVISION");
        assertThat(withAnnotations.commonAnnotations()).containsEntry("rev", "0123456789abcdef0123456789abcdef01234567");
    }

    @Test
    void apply_substitutesHelmParameterValuesValueFilesAndFileParameterPaths_notNamesOrInlineValues() {
        ApplicationSourceHelm helm = new ApplicationSourceHelm(List.of("values-$ARGOCD_APP_NAME.yaml"), false,
                "name: $ARGOCD_APP_NAME\n", Optional.empty(),
                List.of(new ApplicationSourceHelm.Parameter("$ARGOCD_APP_NAME", "${ARGOCD_APP_REVISION_SHORT}", false),
                        new ApplicationSourceHelm.Parameter("ns", "$ARGOCD_APP_NAMESPACE", true)),
                List.of(new ApplicationSourceHelm.FileParameter("conf", "files/$ARGOCD_APP_NAME.conf")),
                "$ARGOCD_APP_NAME", "", false, false, false, "", List.of(), false, "");
        ApplicationSource source = new ApplicationSource(SOURCE.repoURL(), "main", "charts/web",
                ApplicationSource.Type.HELM, ApplicationSource.Directory.DEFAULT, KustomizeOverrides.NONE, helm, "");

        ApplicationSourceHelm substituted = env.apply(source).helm();

        assertThat(substituted.valueFiles()).containsExactly("values-web.yaml");
        assertThat(substituted.parameters()).containsExactly(
                new ApplicationSourceHelm.Parameter("$ARGOCD_APP_NAME", "0123456", false),
                new ApplicationSourceHelm.Parameter("ns", "argocd", true));
        assertThat(substituted.fileParameters()).containsExactly(
                new ApplicationSourceHelm.FileParameter("conf", "files/web.conf"));
        assertThat(substituted.values()).isEqualTo("name: $ARGOCD_APP_NAME\n");
        assertThat(substituted.releaseName()).isEqualTo("$ARGOCD_APP_NAME");
    }
}
