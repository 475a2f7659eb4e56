package dev.windlass.cli.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.policy.gator.GatorException;
import dev.windlass.policy.gator.ObjectFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
  * Reads the objects of the paths a user typed: files, directories (every {@code .yaml},
  * {@code .yml} and {@code .json} file below, in path order) or {@code -} for standard input.
  * Messages name files as the user typed them.
  */
final class PolicyInputs {
    static final String STDIN = "-";

    private PolicyInputs() {
    }

    static List<KubeObject> read(List<String> typed, InputStream stdin) throws GatorException {
        List<KubeObject> out = new ArrayList<>();
        for (String path : typed) {
            out.addAll(readOne(path, stdin));
        }
        return out;
    }

    private static List<KubeObject> readOne(String typed, InputStream stdin) throws GatorException {
        if (typed.equals(STDIN)) {
            return readStdin(stdin);
        }
        Path path = Path.of(typed).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            LocalSnapshot source = LocalSnapshot.of(path);
            List<KubeObject> out = new ArrayList<>();
            for (String file : manifests(source, "")) {
                try {
                    out.addAll(ObjectFiles.read(source, file));
                } catch (GatorException e) {
                    throw new GatorException(typed.replaceAll("/+$", "") + "/" + e.getMessage(), e);
                }
            }
            return out;
        }
        if (!Files.exists(path) || path.getParent() == null) {
            throw new GatorException(typed + ": no such file or directory");
        }
        try {
            return ObjectFiles.read(LocalSnapshot.of(path.getParent()), path.getFileName().toString());
        } catch (GatorException e) {
            throw new GatorException(typed + ": " + afterName(e.getMessage(), path.getFileName().toString()), e);
        }
    }

    private static String afterName(String message, String name) {
        return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
    }

    private static List<String> manifests(LocalSnapshot source, String dir) {
        List<String> out = new ArrayList<>();
        for (SnapshotEntry e : source.list(dir)) {
            if (e.isDirectory()) {
                out.addAll(manifests(source, e.path()));
            } else if (e.isFile() && (e.name().endsWith(".yaml") || e.name().endsWith(".yml")
                    || e.name().endsWith(".json"))) {
                out.add(e.path());
            }
        }
        return out;
    }

    private static List<KubeObject> readStdin(InputStream stdin) throws GatorException {
        long limit = CodecLimits.DEFAULT.maxFileBytes();
        byte[] bytes;
        try {
            bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new GatorException("<stdin>: cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > limit) {
            throw new GatorException("<stdin>: the input is larger than " + limit + " bytes");
        }
        return ObjectFiles.parse("<stdin>", new String(bytes, StandardCharsets.UTF_8));
    }
}
