package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads Argo CD's {@code Key=Value} sync option strings into {@link SyncOptions}, never throwing. */
final class SyncOptionsParser {

    /** The resource annotation holding a comma-separated list of sync options. */
    static final String ANNOTATION = "argocd.argoproj.io/sync-options";

    private SyncOptionsParser() {
    }

    static Result<SyncOptions> application(List<String> options, String application) {
        ResourceKey app = new ResourceKey("argoproj.io", "Application", "", application);
        FieldPath field = FieldPath.of("spec", "syncPolicy", "syncOptions");
        String where = "Application " + application;
        Collector collector = new Collector(false, where);
        for (int i = 0; i < options.size(); i++) {
            String text = options.get(i) == null ? "" : options.get(i).trim();
            collector.add(text, Location.of(app, field.index(i)));
        }
        return collector.result();
    }

    static Result<SyncOptions> annotation(KubeObject object) {
        Optional<String> value = object.annotation(ANNOTATION);
        if (value.isEmpty()) {
            return Result.of(SyncOptions.NONE);
        }
        Location at = object.locate(FieldPath.of("metadata", "annotations").key(ANNOTATION));
        Collector collector = new Collector(true, object.key().describe());
        for (String item : value.get().split(",")) {
            String text = item.trim();
            if (!text.isEmpty()) {
                collector.add(text, at);
            }
        }
        return collector.result();
    }

    /** Accumulates options and findings for one list. */
    private static final class Collector {
        private final boolean resource;
        private final String where;
        private final Map<SyncOption, String> values = new EnumMap<>(SyncOption.class);
        private final List<Issue> issues = new ArrayList<>();

        Collector(boolean resource, String where) {
            this.resource = resource;
            this.where = where;
        }

        void add(String text, Location at) {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                issues.add(SyncMessages.malformedOption(at, where, text));
                return;
            }
            String key = text.substring(0, eq);
            String value = text.substring(eq + 1);
            Optional<SyncOption> option = SyncOption.fromKey(key);
            if (option.isEmpty()) {
                issues.add(SyncMessages.unknownOption(at, where, text));
            } else if (!option.get().allowedValues().contains(value)) {
                issues.add(SyncMessages.badOptionValue(at, where, option.get(), value));
            } else if (resource && !option.get().resourceLevel()) {
                issues.add(SyncMessages.applicationOnly(at, where, option.get(), value));
            } else if (values.containsKey(option.get()) && !values.get(option.get()).equals(value)) {
                issues.add(SyncMessages.duplicateOption(at, where, option.get(), values.get(option.get()), value));
            } else {
                values.put(option.get(), value);
            }
        }

        Result<SyncOptions> result() {
            return Result.of(new SyncOptions(values), issues);
        }
    }
}
