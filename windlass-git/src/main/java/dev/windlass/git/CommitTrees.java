package dev.windlass.git;

import dev.windlass.git.GitSourceException.Reason;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Copies the tree of a commit into a {@link MemorySnapshot}: files with their bytes, symbolic
 * links with their stored targets, empty trees as directories. Submodules (gitlinks) are left
 * out. The total of file sizes and the number of entries are bounded.
 */
final class CommitTrees {

    private CommitTrees() {
    }

    static MemorySnapshot read(Repository repository, RevCommit commit, String repoUrl, GitSource.Limits limits)
            throws IOException, GitSourceException {
        MemorySnapshot.Builder builder = MemorySnapshot.builder(commit.getName());
        long totalBytes = 0;
        int entries = 0;
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (++entries > limits.maxEntries()) {
                    throw tooLarge(repoUrl, commit, "more than " + limits.maxEntries() + " files");
                }
                if (mode == FileMode.GITLINK || mode == FileMode.TREE) {
                    continue;
                }
                ObjectLoader loader = repository.open(walk.getObjectId(0));
                totalBytes += loader.getSize();
                if (totalBytes > limits.maxTreeBytes()) {
                    throw tooLarge(repoUrl, commit, "more than " + limits.maxTreeBytes() + " bytes of files");
                }
                byte[] bytes = loader.getCachedBytes(Math.toIntExact(limits.maxTreeBytes()));
                if (mode == FileMode.SYMLINK) {
                    builder.symlink(walk.getPathString(), new String(bytes, StandardCharsets.UTF_8));
                } else {
                    builder.file(walk.getPathString(), bytes);
                }
            }
        }
        return builder.build();
    }

    private static GitSourceException tooLarge(String repoUrl, RevCommit commit, String what) {
        return new GitSourceException(Reason.TREE_TOO_LARGE, "commit " + commit.getName() + " of repository "
                + RepoUrls.redact(repoUrl) + " has " + what + "; raise the limit or point the application at a"
                + " smaller repository");
    }
}
