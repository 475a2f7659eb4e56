package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The messages of sync planning: every finding names the option or object and says what to do. */
final class SyncMessages {

    static final String UNKNOWN_OPTION = "UnknownSyncOption";
    static final String MALFORMED_OPTION = "MalformedSyncOption";
    static final String BAD_OPTION_VALUE = "InvalidSyncOptionValue";
    static final String APPLICATION_ONLY = "ApplicationOnlySyncOption";
    static final String DUPLICATE_OPTION = "DuplicateSyncOption";
    static final String BAD_WAVE = "InvalidSyncWave";
    static final String BAD_HOOK_WEIGHT = "InvalidHookWeight";
    static final String UNKNOWN_HOOK = "UnknownHookType";
    static final String UNKNOWN_DELETE_POLICY = "UnknownHookDeletePolicy";
    static final String NOT_SYNCED_HOOK = "HookNotRunBySync";
    static final String DUPLICATE_OBJECT = "DuplicateObject";
    static final String PRUNE_CONFIRMATION = "PruneRequiresConfirmation";

    /** Argo CD's message for an extra object when pruning is not enabled for the sync. */
    static final String REQUIRES_PRUNING = "ignored (requires pruning)";
    /** Argo CD's message for an extra object that carries {@code Prune=false}. */
    static final String NO_PRUNE = "ignored (no prune)";

    private SyncMessages() {
    }

    static String pruneNeedsConfirmation() {
        return "waiting for pruning confirmation: add the annotation argocd.argoproj.io/deletion-approved"
                + " (an ISO timestamp) to the Application, or use Confirm Pruning, then sync again";
    }

    static Issue unknownOption(Location at, String where, String text) {
        String known = Arrays.stream(SyncOption.values()).map(SyncOption::key).collect(Collectors.joining(", "));
        return Issue.warning(UNKNOWN_OPTION, at, String.format(
                "unknown sync option \"%s\" in %s is ignored, as Argo CD ignores it; known options are %s",
                text, where, known));
    }

    static Issue malformedOption(Location at, String where, String text) {
        return Issue.warning(MALFORMED_OPTION, at, String.format(
                "sync option \"%s\" in %s is not of the form Key=Value and is ignored; write e.g. Prune=false", text, where));
    }

    static Issue badOptionValue(Location at, String where, SyncOption option, String value) {
        return Issue.warning(BAD_OPTION_VALUE, at, String.format(
                "sync option %s=%s in %s is ignored: Argo CD compares the value exactly and understands only %s",
                option.key(), value, where, String.join(", ", option.allowedValues())));
    }

    static Issue applicationOnly(Location at, String where, SyncOption option, String value) {
        return Issue.warning(APPLICATION_ONLY, at, String.format(
                "sync option %s=%s in %s has no effect on a resource; set it in the Application's "
                        + "spec.syncPolicy.syncOptions instead", option.key(), value, where));
    }

    static Issue duplicateOption(Location at, String where, SyncOption option, String kept, String ignored) {
        return Issue.warning(DUPLICATE_OPTION, at, String.format(
                "sync option %s is given twice in %s (%s and %s); the first, %s, is used; remove the other",
                option.key(), where, kept, ignored, kept));
    }

    static Issue badWave(Location at, String object, String value) {
        return Issue.warning(BAD_WAVE, at, String.format(
                "sync wave \"%s\" of %s is not an integer; it is treated as the Helm hook weight or 0, as Argo CD does; "
                        + "write a whole number such as \"-1\" or \"5\"", value, object));
    }

    static Issue badHookWeight(Location at, String object, String value) {
        return Issue.warning(BAD_HOOK_WEIGHT, at, String.format(
                "helm.sh/hook-weight \"%s\" of %s is not an integer; it is treated as 0, as Argo CD does", value, object));
    }

    static Issue unknownHook(Location at, String object, String value) {
        return Issue.warning(UNKNOWN_HOOK, at, String.format(
                "hook type \"%s\" of %s is not one of PreSync, Sync, PostSync, SyncFail, Skip, PreDelete, PostDelete "
                        + "(case-sensitive) and is ignored", value, object));
    }

    static Issue unknownDeletePolicy(Location at, String object, String value) {
        return Issue.warning(UNKNOWN_DELETE_POLICY, at, String.format(
                "hook delete policy \"%s\" of %s is not one of HookSucceeded, HookFailed, BeforeHookCreation "
                        + "(or Helm's hook-succeeded, hook-failed, before-hook-creation) and is ignored", value, object));
    }

    static Issue notSyncedHook(Location at, String object, String value) {
        return Issue.note(NOT_SYNCED_HOOK, at, String.format(
                "%s is a hook (%s) that no sync phase runs; it is left out of the sync, as Argo CD does "
                        + "(PreDelete/PostDelete hooks run when the Application is deleted; Helm test and rollback hooks never)",
                object, value));
    }

    static Issue duplicateObject(Location at, String object) {
        return Issue.error(DUPLICATE_OBJECT, at, String.format(
                "%s appears more than once in the desired objects; only the first is synced; remove the duplicate",
                object));
    }

    static Issue pruneConfirmation(Location at, String object) {
        return Issue.warning(PRUNE_CONFIRMATION, at, String.format(
                "%s has Prune=confirm and is not pruned: add the annotation argocd.argoproj.io/deletion-approved "
                        + "(an ISO timestamp) to the Application to approve pruning it", object));
    }
}
