package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.tree.FieldPath;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hook, wave and Helm annotations of one object, read the way gitops-engine reads them: Argo CD
 * hook types win; Helm hook types count only when no Argo CD hook type is recognised.
 */
record HookAnnotations(SyncHints.Role role, Set<SyncPhase> phases, Set<HookDeletePolicy> deletePolicies,
                       String text, Location location) {

    static final String HOOK = "argocd.argoproj.io/hook";
    static final String DELETE_POLICY = "argocd.argoproj.io/hook-delete-policy";
    static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";
    static final String HELM_HOOK = "helm.sh/hook";
    static final String HELM_WEIGHT = "helm.sh/hook-weight";
    static final String HELM_DELETE_POLICY = "helm.sh/hook-delete-policy";
    static final String HELM_RESOURCE_POLICY = "helm.sh/resource-policy";

    static HookAnnotations read(KubeObject object, List<Issue> issues) {
        Optional<String> argo = object.annotation(HOOK);
        Optional<String> helm = object.annotation(HELM_HOOK);
        Set<HookType> types = argoTypes(object, argo, issues);
        if (types.isEmpty()) {
            types = helmTypes(helm);
        }
        boolean annotated = argo.isPresent() || helm.filter(value -> !value.equals("crd-install")).isPresent();
        String key = argo.isPresent() ? HOOK : HELM_HOOK;
        Location at = object.locate(FieldPath.of("metadata", "annotations").key(key));
        String text = argo.or(() -> helm).orElse("");
        if (!annotated || (types.size() == 1 && types.contains(HookType.SKIP))) {
            SyncHints.Role role = annotated ? SyncHints.Role.SKIP : SyncHints.Role.RESOURCE;
            return new HookAnnotations(role, Set.of(), Set.of(), text, at);
        }
        Set<SyncPhase> phases = EnumSet.noneOf(SyncPhase.class);
        types.forEach(type -> type.syncPhase().ifPresent(phases::add));
        if (phases.isEmpty()) {
            return new HookAnnotations(SyncHints.Role.IGNORED, Set.of(), Set.of(), text, at);
        }
        return new HookAnnotations(SyncHints.Role.HOOK, phases, deletePolicies(object, issues), text, at);
    }

    /** {@code sync-wave}, else {@code helm.sh/hook-weight}, else 0; unparsable values are warnings. */
    static int wave(KubeObject object, List<Issue> issues) {
        Optional<String> wave = object.annotation(SYNC_WAVE);
        if (wave.isPresent()) {
            Optional<Integer> parsed = parseInt(wave.get());
            if (parsed.isPresent()) {
                return parsed.get();
            }
            issues.add(SyncMessages.badWave(locate(object, SYNC_WAVE), object.key().describe(), wave.get()));
        }
        Optional<String> weight = object.annotation(HELM_WEIGHT);
        if (weight.isPresent()) {
            Optional<Integer> parsed = parseInt(weight.get());
            if (parsed.isPresent()) {
                return parsed.get();
            }
            issues.add(SyncMessages.badHookWeight(locate(object, HELM_WEIGHT), object.key().describe(), weight.get()));
        }
        return 0;
    }

    /** True when {@code helm.sh/resource-policy} lists {@code keep}, which Argo CD reads as {@code Delete=false}. */
    static boolean keepsOnDelete(KubeObject object) {
        return object.annotation(HELM_RESOURCE_POLICY).map(HookAnnotations::csv)
                .map(values -> values.contains("keep")).orElse(false);
    }

    static Set<String> csv(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }

    private static Set<HookType> argoTypes(KubeObject object, Optional<String> value, List<Issue> issues) {
        Set<HookType> types = EnumSet.noneOf(HookType.class);
        value.map(HookAnnotations::csv).orElse(Set.of()).forEach(text -> HookType.fromText(text).ifPresentOrElse(
                types::add,
                () -> issues.add(SyncMessages.unknownHook(locate(object, HOOK), object.key().describe(), text))));
        return types;
    }

    private static Set<HookType> helmTypes(Optional<String> value) {
        Set<HookType> types = EnumSet.noneOf(HookType.class);
        for (String text : value.map(HookAnnotations::csv).orElse(Set.of())) {
            switch (text) {
                case "pre-install", "pre-upgrade" -> types.add(HookType.PRE_SYNC);
                case "post-install", "post-upgrade" -> types.add(HookType.POST_SYNC);
                case "pre-delete" -> types.add(HookType.PRE_DELETE);
                case "post-delete" -> types.add(HookType.POST_DELETE);
                default -> { }
            }
        }
        return types;
    }

    private static Set<HookDeletePolicy> deletePolicies(KubeObject object, List<Issue> issues) {
        Set<HookDeletePolicy> policies = EnumSet.noneOf(HookDeletePolicy.class);
        object.annotation(DELETE_POLICY).map(HookAnnotations::csv).orElse(Set.of()).forEach(text ->
                HookDeletePolicy.fromText(text).ifPresentOrElse(policies::add, () -> issues.add(
                        SyncMessages.unknownDeletePolicy(locate(object, DELETE_POLICY), object.key().describe(), text))));
        object.annotation(HELM_DELETE_POLICY).map(HookAnnotations::csv).orElse(Set.of()).forEach(text ->
                HookDeletePolicy.fromHelmText(text).ifPresentOrElse(policies::add, () -> issues.add(
                        SyncMessages.unknownDeletePolicy(locate(object, HELM_DELETE_POLICY), object.key().describe(), text))));
        if (policies.isEmpty()) {
            policies.add(HookDeletePolicy.BEFORE_HOOK_CREATION);
        }
        return policies;
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Location locate(KubeObject object, String annotation) {
        return object.locate(FieldPath.of("metadata", "annotations").key(annotation));
    }
}
