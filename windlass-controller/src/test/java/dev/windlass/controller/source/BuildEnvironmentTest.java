package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.render.jsonnet.JsonnetVariable;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
