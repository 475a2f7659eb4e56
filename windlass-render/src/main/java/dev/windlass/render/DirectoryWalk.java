package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the files an Argo CD directory source reads, in the order Go's {@code filepath.Walk}
 * visits them: names sorted within each directory, each subdirectory visited completely where
 * its name sorts. {@code .git} directories are skipped; linked directories are checked but not
 * descended; every link met is resolved and one that leaves the root is an error.
 */
final class DirectoryWalk {

    /** A file to render: where it is shown, its path below the source path, and its real entry. */
    record Candidate(String file, String relative, SnapshotEntry real, ManifestFile.Format format) {
    }

    /** The files found, in walk order, and the issues met. */
    record Outcome(List<Candidate> candidates, List<Issue> issues) {
        Outcome {
            candidates = List.copyOf(candidates);
            issues = List.copyOf(issues);
        }
    }

    private final Snapshot snapshot;
    private final String shownRoot;
    private final boolean recurse;
    private final ArgoGlob include;
    private final ArgoGlob exclude;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<Issue> issues = new LinkedHashSet<>();

    private DirectoryWalk(Snapshot snapshot, String shownRoot, boolean recurse, ArgoGlob include, ArgoGlob exclude) {
        this.snapshot = snapshot;
        this.shownRoot = shownRoot;
        this.recurse = recurse;
        this.include = include;
        this.exclude = exclude;
    }

    /**
     * Walks directory {@code root} of {@code snapshot}; files are reported under {@code shownRoot}
     * (the source path as the user wrote it, which differs from {@code root.path()} when the source
     * path goes through a link). {@code include} and {@code exclude} may be null (no filter).
     */
    static Outcome walk(Snapshot snapshot, SnapshotEntry root, String shownRoot, boolean recurse,
                        ArgoGlob include, ArgoGlob exclude) {
        DirectoryWalk walk = new DirectoryWalk(snapshot, shownRoot, recurse, include, exclude);
        walk.visit(root.path(), "");
        return new Outcome(walk.candidates, new ArrayList<>(walk.issues));
    }

    private void visit(String realDirectory, String relativeDirectory) {
        for (SnapshotEntry entry : snapshot.list(realDirectory)) {
            String relative = SnapshotPaths.join(relativeDirectory, entry.name());
            switch (entry.type()) {
                case DIRECTORY -> {
                    if (recurse && !entry.name().equals(".git")) {
                        visit(entry.path(), relative);
                    }
                }
                case FILE -> consider(entry, relative, entry);
                case SYMLINK -> followLink(entry, relative);
            }
        }
    }

    private void followLink(SnapshotEntry link, String relative) {
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, link.path());
        Optional<Issue> problem = resolution.problem();
        if (problem.isPresent()) {
            // an escape or a loop is an error wherever it is; a dangling link matters only if it would be read
            if (problem.get().isError() || wanted(link.name(), relative).isPresent()) {
                issues.add(problem.get());
            }
            return;
        }
        resolution.target().filter(SnapshotEntry::isFile).ifPresent(target -> consider(link, relative, target));
    }

    private void consider(SnapshotEntry named, String relative, SnapshotEntry real) {
        wanted(named.name(), relative).ifPresent(format ->
                candidates.add(new Candidate(SnapshotPaths.join(shownRoot, relative), relative, real, format)));
    }

    /** The file's format when its name is a manifest name and the globs let it through. */
    private Optional<ManifestFile.Format> wanted(String name, String relative) {
        Optional<ManifestFile.Format> format = ManifestFile.Format.ofName(name);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        if (exclude != null && exclude.matches(relative)) {
            return Optional.empty();
        }
        if (include != null && !include.matches(relative)) {
            return Optional.empty();
        }
        return format;
    }
}
