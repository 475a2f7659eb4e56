package dev.windlass.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Keeps a bare Git repository in step with a plain directory: each call commits the directory's
 * content on branch {@code main} when it differs from the last commit. {@code windlass up} uses it to
 * serve the bundled examples as repositories; users can clone the result, commit and push to it.
 */
public final class DirectoryRepository {

    /** The branch the commits go to. */
    public static final String BRANCH = "main";

    private static final long MAX_FILE_BYTES = 8L << 20;

    private DirectoryRepository() {
    }

    /**
     * Commits {@code source} into the bare repository at {@code repository} (created when missing)
     * unless its content is already the tip of {@code main}; returns the tip's commit SHA.
     */
    public static String sync(Path source, Path repository, String message) throws GitSourceException {
        if (!Files.isDirectory(source)) {
            throw new GitSourceException(GitSourceException.Reason.CACHE_FAILED,
                    "cannot build a repository from " + source + ": it is not a directory");
        }
        try (Repository repo = open(repository); ObjectInserter inserter = repo.newObjectInserter()) {
            ObjectId written = writeTree(inserter, source);
            ObjectId tree = written != null ? written : inserter.insert(new TreeFormatter());
            ObjectId head = repo.resolve(Constants.R_HEADS + BRANCH);
            if (head != null && tree.equals(treeOf(repo, head))) {
                return head.name();
            }
            ObjectId commit = commit(inserter, tree, head, message);
            inserter.flush();
            RefUpdate update = repo.updateRef(Constants.R_HEADS + BRANCH);
            update.setNewObjectId(commit);
            update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("updating " + BRANCH + " failed: " + result);
            }
            return commit.name();
        } catch (IOException e) {
            throw new GitSourceException(GitSourceException.Reason.CACHE_FAILED,
                    "cannot commit " + source + " into " + repository + ": " + e.getMessage(), e);
        }
    }

    private static Repository open(Path repository) throws IOException {
        Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setBare().build();
        if (!Files.exists(repository.resolve("HEAD"))) {
            repo.create(true);
            RefUpdate head = repo.updateRef(Constants.HEAD);
            head.link(Constants.R_HEADS + BRANCH);
        }
        return repo;
    }

    private static ObjectId treeOf(Repository repo, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit parsed = walk.parseCommit(commit);
            return parsed.getTree().getId();
        }
    }

    private static ObjectId commit(ObjectInserter inserter, ObjectId tree, ObjectId parent, String message)
            throws IOException {
        PersonIdent author = new PersonIdent("windlass", "windlass@localhost");
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(author);
        commit.setCommitter(author);
        commit.setMessage(message);
        return inserter.insert(commit);
    }

    /** Writes the tree of {@code directory}, or null when it holds no file; {@code .git} and empty directories are left out. */
    private static ObjectId writeTree(ObjectInserter inserter, Path directory) throws IOException {
        List<Path> children = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> !p.getFileName().toString().equals(".git")).forEach(children::add);
        }
        // Git orders tree entries by name, comparing a directory as if its name ended with '/'.
        children.sort((a, b) -> gitName(a).compareTo(gitName(b)));
        TreeFormatter tree = new TreeFormatter();
        boolean empty = true;
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                ObjectId subtree = writeTree(inserter, child);
                if (subtree != null) {
                    tree.append(name, FileMode.TREE, subtree);
                    empty = false;
                }
            } else if (Files.isSymbolicLink(child)) {
                byte[] target = Files.readSymbolicLink(child).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                tree.append(name, FileMode.SYMLINK, inserter.insert(Constants.OBJ_BLOB, target));
                empty = false;
            } else if (Files.isRegularFile(child)) {
                tree.append(name, Files.isExecutable(child) ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE,
                        blob(inserter, child));
                empty = false;
            }
        }
        return empty ? null : inserter.insert(tree);
    }

    private static String gitName(Path path) {
        String name = path.getFileName().toString();
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name;
    }

    private static ObjectId blob(ObjectInserter inserter, Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(file + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return inserter.insert(Constants.OBJ_BLOB, size, in);
        }
    }
}
