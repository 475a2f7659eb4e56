package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static dev.windlass.engine.sync.TestObjects.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SyncHintsTest {

    private static final String HOOK = "argocd.argoproj.io/hook";
    private static final String WAVE = "argocd.argoproj.io/sync-wave";

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("plain object", job("j"), SyncHints.Role.RESOURCE, Set.of()),
                Arguments.of("PreSync", job("j", HOOK, "PreSync"), SyncHints.Role.HOOK, Set.of(SyncPhase.PRE_SYNC)),
                Arguments.of("comma list", job("j", HOOK, "PostSync, SyncFail"), SyncHints.Role.HOOK,
                        Set.of(SyncPhase.POST_SYNC, SyncPhase.SYNC_FAIL)),
                Arguments.of("Sync hook", job("j", HOOK, "Sync"), SyncHints.Role.HOOK, Set.of(SyncPhase.SYNC)),
                Arguments.of("Skip", job("j", HOOK, "Skip"), SyncHints.Role.SKIP, Set.of()),
                Arguments.of("Skip with a phase is a hook", job("j", HOOK, "Skip,PreSync"), SyncHints.Role.HOOK,
                        Set.of(SyncPhase.PRE_SYNC)),
                Arguments.of("PreDelete only", job("j", HOOK, "PreDelete"), SyncHints.Role.IGNORED, Set.of()),
                Arguments.of("PostDelete with PostSync", job("j", HOOK, "PostDelete,PostSync"), SyncHints.Role.HOOK,
                        Set.of(SyncPhase.POST_SYNC)),
                Arguments.of("helm pre-install", job("j", "helm.sh/hook", "pre-install"), SyncHints.Role.HOOK,
                        Set.of(SyncPhase.PRE_SYNC)),
                Arguments.of("helm pre-upgrade", job("j", "helm.sh/hook", "pre-upgrade"), SyncHints.Role.HOOK,
                        Set.of(SyncPhase.PRE_SYNC)),
                Arguments.of("helm post-install,post-upgrade", job("j", "helm.sh/hook", "post-install,post-upgrade"),
                        SyncHints.Role.HOOK, Set.of(SyncPhase.POST_SYNC)),
                Arguments.of("helm pre-delete", job("j", "helm.sh/hook", "pre-delete"), SyncHints.Role.IGNORED, Set.of()),
                Arguments.of("helm test", job("j", "helm.sh/hook", "test"), SyncHints.Role.IGNORED, Set.of()),
                Arguments.of("helm crd-install is not a hook", job("j", "helm.sh/hook", "crd-install"),
                        SyncHints.Role.RESOURCE, Set.of()),
                Arguments.of("argo hook wins over helm", job("j", HOOK, "PostSync", "helm.sh/hook", "pre-install"),
                        SyncHints.Role.HOOK, Set.of(SyncPhase.POST_SYNC)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void of_classifiesHooksAsArgoCdDoes(String name, KubeObject object, SyncHints.Role role, Set<SyncPhase> phases) {
        SyncHints hints = SyncHints.of(object).value();
        assertThat(hints.role()).isEqualTo(role);
        assertThat(hints.phases()).isEqualTo(phases);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"5,5", "-3,-3", "+2,2", "0,0"})
    void of_readsTheSyncWave(String text, int wave) {
        assertThat(SyncHints.of(configMap("c", WAVE, text)).value().wave()).isEqualTo(wave);
    }

    @Test
    void of_withoutWave_isWaveZero() {
        assertThat(SyncHints.of(configMap("c")).value().wave()).isZero();
    }

    @Test
    void of_withMalformedWave_warnsNamingTheObjectAndFallsBackToTheHelmWeight() {
        Result<SyncHints> result = SyncHints.of(configMap("settings", WAVE, "one", "helm.sh/hook-weight", "4"));

        assertThat(result.value().wave()).isEqualTo(4);
        Issue issue = result.issues().get(0);
        assertThat(issue.code()).isEqualTo("InvalidSyncWave");
        assertThat(issue.message()).contains("\"one\"", "ConfigMap/prod/settings");
        assertThat(issue.location().toString()).contains("ConfigMap/prod/settings");
    }

    @Test
    void of_takesTheHelmHookWeightAsWave() {
        assertThat(SyncHints.of(job("j", "helm.sh/hook", "pre-install", "helm.sh/hook-weight", "-5")).value().wave())
                .isEqualTo(-5);
    }

    @Test
    void of_withUnknownHookType_warnsAndIgnoresTheHookEntirely() {
        Result<SyncHints> result = SyncHints.of(job("migrate", HOOK, "Presync"));

        assertThat(result.value().role()).isEqualTo(SyncHints.Role.IGNORED);
        assertThat(result.issues()).extracting(Issue::code).contains("UnknownHookType");
        assertThat(result.issues().get(0).message()).contains("Presync", "Job.batch/prod/migrate");
    }

    @Test
    void of_hookWithoutDeletePolicy_getsBeforeHookCreation() {
        assertThat(SyncHints.of(job("j", HOOK, "PreSync")).value().deletePolicies())
                .containsExactly(HookDeletePolicy.BEFORE_HOOK_CREATION);
    }

    @Test
    void of_mergesArgoAndHelmDeletePolicies() {
        SyncHints hints = SyncHints.of(job("j", HOOK, "PostSync",
                "argocd.argoproj.io/hook-delete-policy", "HookSucceeded",
                "helm.sh/hook-delete-policy", "hook-failed")).value();
        assertThat(hints.deletePolicies())
                .isEqualTo(EnumSet.of(HookDeletePolicy.HOOK_SUCCEEDED, HookDeletePolicy.HOOK_FAILED));
    }

    @Test
    void of_helmResourcePolicyKeep_meansDeleteFalse() {
        SyncHints hints = SyncHints.of(configMap("c", "helm.sh/resource-policy", "keep")).value();
        assertThat(hints.options().delete()).isEqualTo(DeletionMode.DISABLED);
        assertThat(SyncHints.of(configMap("c")).value().options().delete()).isEqualTo(DeletionMode.ALLOW);
    }

    @Test
    void of_readsTheResourceSyncOptions() {
        SyncHints hints = SyncHints.of(configMap("c", "argocd.argoproj.io/sync-options", "PruneLast=true")).value();
        assertThat(hints.options().pruneLast()).isTrue();
    }
}
