package dev.windlass.controller.app;

import dev.windlass.model.tree.ListNode;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an {@code argoproj.io/v1alpha1} Application's spec that Windlass acts on, read once
 * and validated by {@link ApplicationSpecReader}.
 *
 * @param project              the AppProject name
 * @param source               where the manifests come from
 * @param destination          where they go
 * @param syncPolicy           automation, sync options and retries
 * @param ignoreDifferences    {@code spec.ignoreDifferences} as written (the diff stage parses it)
 * @param revisionHistoryLimit how many {@code status.history} entries to keep (10 by default)
 * @param info                 {@code spec.info} name/value pairs, shown by {@code windlass app get}
 */
public record ApplicationSpec(String project, ApplicationSource source, Destination destination, SyncPolicy syncPolicy,
        ListNode ignoreDifferences, int revisionHistoryLimit, List<Info> info) {

    /** Argo CD's default {@code revisionHistoryLimit}. */
    public static final int DEFAULT_HISTORY_LIMIT = 10;

    public ApplicationSpec {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(syncPolicy, "syncPolicy");
        Objects.requireNonNull(ignoreDifferences, "ignoreDifferences");
        info = List.copyOf(info);
    }

    /** One {@code spec.info} entry. */
    public record Info(String name, String value) {
    }
}
