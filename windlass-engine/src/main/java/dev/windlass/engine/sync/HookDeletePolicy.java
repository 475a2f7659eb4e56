package dev.windlass.engine.sync;

import java.util.Optional;

/**
 * When a hook resource is deleted: Argo CD's {@code argocd.argoproj.io/hook-delete-policy} values,
 * with the Helm {@code helm.sh/hook-delete-policy} spellings they are mapped from. Without any
 * policy a hook gets {@link #BEFORE_HOOK_CREATION}.
 */
public enum HookDeletePolicy {
    /** Delete the hook once the sync succeeded. */
    HOOK_SUCCEEDED("HookSucceeded", "hook-succeeded"),
    /** Delete the hook once it (and so the sync) failed. */
    HOOK_FAILED("HookFailed", "hook-failed"),
    /** Delete an existing hook of the same name before creating the new one. */
    BEFORE_HOOK_CREATION("BeforeHookCreation", "before-hook-creation");

    private final String text;
    private final String helmText;

    HookDeletePolicy(String text, String helmText) {
        this.text = text;
        this.helmText = helmText;
    }

    /** Argo CD's spelling, e.g. {@code HookSucceeded}. */
    public String text() {
        return text;
    }

    /** Helm's spelling, e.g. {@code hook-succeeded}. */
    public String helmText() {
        return helmText;
    }

    /** The policy Argo CD names {@code text}, if any. */
    public static Optional<HookDeletePolicy> fromText(String text) {
        for (HookDeletePolicy policy : values()) {
            if (policy.text.equals(text)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /** The policy Helm names {@code text}, if any. */
    public static Optional<HookDeletePolicy> fromHelmText(String text) {
        for (HookDeletePolicy policy : values()) {
            if (policy.helmText.equals(text)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
