package dev.windlass.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real Git repository with a work tree in a temporary directory, for tests to commit to. */
final class TestRepo implements AutoCloseable {

    static final PersonIdent AUTHOR = new PersonIdent("Ada Author", "ada@example.com",
            Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private final Path dir;
    private final Git git;

    private TestRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static TestRepo create(Path dir) throws GitAPIException {
        return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    String url() {
        return dir.toUri().toString();
    }

    Path dir() {
        return dir;
    }

    Git git() {
        return git;
    }

    TestRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
    }

    RevCommit commitFile(String path, String text) throws IOException, GitAPIException {
        return write(path, text).commit("set " + path);
    }

    void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
    }

    void annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("release " + name).setTagger(AUTHOR).call();
    }

    void branch(String name) throws GitAPIException {
        git.branchCreate().setName(name).call();
    }

    void checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
