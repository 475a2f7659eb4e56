package dev.windlass.kustomize;

import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view of a {@link Snapshot} in which one kustomization file has other content: the file
 * Argo CD's {@code kustomize edit} commands would have written, or the {@code kustomization.yaml}
 * Flux generates for a directory without one. The user's files are never touched; everything but
 * that one file reads through to the snapshot underneath.
 *
 * <pre>{@code
 * Snapshot edited = new KustomizationOverlay(snapshot, "overlays/prod/kustomization.yaml", newText);
 * Kustomizer.build(edited, "overlays/prod", KustomizeOptions.defaults());
 * }</pre>
 */
public final class KustomizationOverlay implements Snapshot {

    private final Snapshot base;
    private final String file;
    private final byte[] content;

    /**
     * {@code base} with file {@code file} (a snapshot path whose directory exists in {@code base})
     * holding {@code text}, whether or not {@code base} has that file, or has a link there.
     */
    public KustomizationOverlay(Snapshot base, String file, String text) {
        this.base = Objects.requireNonNull(base, "base");
        if (file.isEmpty() || !SnapshotPaths.isValid(file)) {
            throw new IllegalArgumentException("the overlay file needs a clean snapshot path below the root, not '"
                    + file + "'");
        }
        this.file = file;
        this.content = text.getBytes(StandardCharsets.UTF_8);
    }

    /** The path of the file this overlay replaces or adds. */
    public String file() {
        return file;
    }

    @Override
    public String revision() {
        return base.revision();
    }

    @Override
    public Optional<SnapshotEntry> entry(String path) {
        return path.equals(file) ? Optional.of(own()) : base.entry(path);
    }

    @Override
    public List<SnapshotEntry> list(String path) {
        List<SnapshotEntry> entries = base.list(path);
        if (!path.equals(SnapshotPaths.parent(file))) {
            return entries;
        }
        List<SnapshotEntry> out = new ArrayList<>(entries.size() + 1);
        entries.stream().filter(e -> !e.path().equals(file)).forEach(out::add);
        out.add(own());
        out.sort(Comparator.comparing(SnapshotEntry::name));
        return List.copyOf(out);
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        if (!path.equals(file)) {
            return base.read(path, maxBytes);
        }
        if (content.length > maxBytes) {
            throw new IOException(path + " is larger than the limit of " + maxBytes + " bytes");
        }
        return content.clone();
    }

    private SnapshotEntry own() {
        return SnapshotEntry.file(file, content.length);
    }

    @Override
    public String toString() {
        return "KustomizationOverlay[" + file + " over " + base + "]";
    }
}
