package dev.windlass.engine.sync;

import static dev.windlass.engine.sync.TestObjects.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncOptionsTest {

    private static final String ANNOTATION = "argocd.argoproj.io/sync-options";

    @Test
    void parseApplication_readsEveryDocumentedOption() {
        Result<SyncOptions> result = SyncOptions.parseApplication(List.of(
                "Prune=confirm", "Delete=false", "Validate=false", "SkipDryRunOnMissingResource=true",
                "ApplyOutOfSyncOnly=true", "PrunePropagationPolicy=orphan", "PruneLast=true", "Replace=true",
                "Force=true", "ServerSideApply=true", "ClientSideApplyMigration=false", "FailOnSharedResource=true",
                "RespectIgnoreDifferences=true", "CreateNamespace=true"), "guestbook");

        SyncOptions options = result.value();
        assertThat(result.issues()).isEmpty();
        assertThat(options.prune()).isEqualTo(DeletionMode.CONFIRM);
        assertThat(options.delete()).isEqualTo(DeletionMode.DISABLED);
        assertThat(options.validate()).isFalse();
        assertThat(options.skipDryRunOnMissingResource()).isTrue();
        assertThat(options.applyOutOfSyncOnly()).isTrue();
        assertThat(options.prunePropagationPolicy()).isEqualTo(PropagationPolicy.ORPHAN);
        assertThat(options.pruneLast()).isTrue();
        assertThat(options.replace()).isTrue();
        assertThat(options.force()).isTrue();
        assertThat(options.serverSideApply()).isTrue();
        assertThat(options.clientSideApplyMigration()).isFalse();
        assertThat(options.failOnSharedResource()).isTrue();
        assertThat(options.respectIgnoreDifferences()).isTrue();
        assertThat(options.createNamespace()).isTrue();
    }

    @Test
    void none_answersArgoCdDefaults() {
        SyncOptions options = SyncOptions.NONE;
        assertThat(options.prune()).isEqualTo(DeletionMode.ALLOW);
        assertThat(options.delete()).isEqualTo(DeletionMode.ALLOW);
        assertThat(options.validate()).isTrue();
        assertThat(options.prunePropagationPolicy()).isEqualTo(PropagationPolicy.FOREGROUND);
        assertThat(options.clientSideApplyMigration()).isTrue();
        assertThat(options.serverSideApply()).isFalse();
        assertThat(options.createNamespace()).isFalse();
    }

    @Test
    void parseAnnotation_splitsOnCommasAndTrimsWhitespace() {
        Result<SyncOptions> result = SyncOptions.parseAnnotation(
                configMap("c", ANNOTATION, " Prune=false ,Replace=true,, ServerSideApply=false"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().prune()).isEqualTo(DeletionMode.DISABLED);
        assertThat(result.value().replace()).isTrue();
        assertThat(result.value().isSet(SyncOption.SERVER_SIDE_APPLY)).isTrue();
        assertThat(result.value().serverSideApply()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Prunes=false | UnknownSyncOption",
        "Prune | MalformedSyncOption",
        "=false | MalformedSyncOption",
        "Prune= | MalformedSyncOption",
        "Prune=False | InvalidSyncOptionValue",
        "PrunePropagationPolicy=Background | InvalidSyncOptionValue",
        "CreateNamespace=yes | InvalidSyncOptionValue",
    })
    void parseApplication_warnsAboutBadOptionsNamingTheApplicationAndIgnoresThem(String option, String code) {
        Result<SyncOptions> result = SyncOptions.parseApplication(List.of("PruneLast=true", option), "guestbook");

        assertThat(result.value().toStrings()).containsExactly("PruneLast=true");
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(code);
            assertThat(issue.isError()).isFalse();
            assertThat(issue.message()).contains(option.isEmpty() ? "" : option.split("=")[0]).contains("guestbook");
            assertThat(issue.location().toString()).contains("Application", "guestbook", "syncOptions[1]");
        });
    }

    @Test
    void parseAnnotation_warnsAboutAnApplicationOnlyOptionNamingTheObject() {
        Result<SyncOptions> result = SyncOptions.parseAnnotation(
                configMap("settings", ANNOTATION, "CreateNamespace=true,Prune=false"));

        assertThat(result.value().isSet(SyncOption.CREATE_NAMESPACE)).isFalse();
        assertThat(result.value().prune()).isEqualTo(DeletionMode.DISABLED);
        Issue issue = result.issues().get(0);
        assertThat(issue.code()).isEqualTo("ApplicationOnlySyncOption");
        assertThat(issue.message()).contains("CreateNamespace=true", "ConfigMap/prod/settings", "spec.syncPolicy.syncOptions");
    }

    @Test
    void parseAnnotation_withMalformedItem_neverThrowsAndKeepsTheRest() {
        Result<SyncOptions> result = SyncOptions.parseAnnotation(configMap("c", ANNOTATION, "Validate=false,garbage"));

        assertThat(result.value().validate()).isFalse();
        assertThat(result.issues()).extracting(Issue::code).containsExactly("MalformedSyncOption");
        assertThat(result.issues().get(0).message()).contains("garbage", "ConfigMap/prod/c");
    }

    @Test
    void parseApplication_givenTheSameOptionTwice_keepsTheFirstAndWarns() {
        Result<SyncOptions> result = SyncOptions.parseApplication(List.of("Prune=false", "Prune=confirm"), "app");

        assertThat(result.value().prune()).isEqualTo(DeletionMode.DISABLED);
        assertThat(result.issues()).extracting(Issue::code).containsExactly("DuplicateSyncOption");
    }

    @Test
    void overriddenBy_resourceValuesWinForResourceLevelOptionsOnly() {
        SyncOptions app = SyncOptions.parseApplication(
                List.of("Prune=confirm", "ServerSideApply=true", "ApplyOutOfSyncOnly=true"), "app").value();
        SyncOptions resource = SyncOptions.NONE.with(SyncOption.PRUNE, "false")
                .with(SyncOption.SERVER_SIDE_APPLY, "false")
                .with(SyncOption.APPLY_OUT_OF_SYNC_ONLY, "false");

        SyncOptions merged = app.overriddenBy(resource);

        assertThat(merged.prune()).isEqualTo(DeletionMode.DISABLED);
        assertThat(merged.serverSideApply()).isFalse();
        assertThat(merged.applyOutOfSyncOnly()).isTrue();
    }

    @Test
    void overriddenBy_keepsApplicationValuesTheResourceDoesNotSet() {
        SyncOptions app = SyncOptions.NONE.with(SyncOption.REPLACE, "true");
        assertThat(app.overriddenBy(SyncOptions.NONE.with(SyncOption.FORCE, "true")).toStrings())
                .containsExactlyInAnyOrder("Replace=true", "Force=true");
    }
}
