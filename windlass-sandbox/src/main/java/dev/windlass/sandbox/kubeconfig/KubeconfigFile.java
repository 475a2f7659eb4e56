package dev.windlass.sandbox.kubeconfig;

import dev.windlass.model.Issue;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.tls.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One kubeconfig file on disk: read (bounded, with {@link YamlReader}), merged and written back
 * atomically, owner-only. While it works it holds {@code <file>.lock}, created exclusively, which
 * is the lock kubectl (client-go) takes for the same file. A symbolic link is followed, so the
 * file it points at is replaced, not the link.
 */
final class KubeconfigFile {

    private static final CodecLimits LIMITS = CodecLimits.DEFAULT;

    private final Path file;

    KubeconfigFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    void merge(Kubeconfig ours, boolean makeCurrent) {
        Path lock = lockPath();
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(lock);
        } catch (FileAlreadyExistsException e) {
            throw new KubeconfigException(lock + " exists: another kubectl or windlass is writing " + file
                    + "; try again, or delete the lock file if no such process is running");
        } catch (IOException e) {
            throw new KubeconfigException("cannot lock " + file + " (creating " + lock + "): " + e, e);
        }
        try {
            Path target = Files.exists(file) ? file.toRealPath() : file;
            MapNode merged = KubeconfigMerge.merge(file.toString(), read(target), ours, makeCurrent);
            AtomicFile.writeOwnerOnly(target, YamlWriter.write(merged).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KubeconfigException("cannot write " + file + ": " + e
                    + "; check that its directory is writable (the file is unchanged)", e);
        } finally {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException e) {
                // the write itself is done; a stale lock only makes the next writer ask to delete it
            }
        }
    }

    /** The only document of the file, or null when the file is missing or empty. */
    private Node read(Path target) throws IOException {
        if (!Files.exists(target)) {
            return Node.nullNode();
        }
        if (!Files.isRegularFile(target)) {
            throw KubeconfigMerge.invalid(file.toString(), "it is not a regular file");
        }
        if (Files.size(target) > LIMITS.maxFileBytes()) {
            throw KubeconfigMerge.invalid(file.toString(), "it is larger than " + LIMITS.maxFileBytes() + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(target))).toString();
        } catch (CharacterCodingException e) {
            throw KubeconfigMerge.invalid(file.toString(), "it is not UTF-8 text");
        }
        ParsedStream stream = YamlReader.create(LIMITS, ScalarSchema.KUBERNETES).read(file.toString(), text);
        List<Issue> errors = stream.issues().stream().filter(Issue::isError).toList();
        if (!errors.isEmpty()) {
            throw new KubeconfigException(errors.get(0).format() + " (not a valid kubeconfig; fix the file or"
                    + " write the sandbox's kubeconfig elsewhere; nothing was written)");
        }
        List<ParsedDocument> documents = stream.documents().stream().filter(d -> !d.isEmpty()).toList();
        if (documents.size() > 1) {
            throw KubeconfigMerge.invalid(file.toString(), "it holds " + documents.size()
                    + " YAML documents, but a kubeconfig is one");
        }
        return documents.isEmpty() ? Node.nullNode() : documents.get(0).content();
    }

    private Path lockPath() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }
}
