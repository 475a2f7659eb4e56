package dev.windlass.cli.rego;

import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.RegoParser;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
  * Loads {@code -d} paths the way {@code opa eval -d} and {@code opa test} do: a directory is read
  * recursively (entries in name order, hidden ones skipped) for {@code .rego} modules and
  * {@code .json}/{@code .yaml}/{@code .yml} data; data found in a subdirectory {@code a/b} lands at
  * {@code data.a.b}; a path written {@code x.y:path} puts its content under {@code data.x.y}; a file
  * named on the command line with another extension is tried as Rego, JSON and YAML in turn. All
  * errors are collected, as OPA reports them all. {@code --ignore} patterns (globs such as
  * {@code *_test.rego}) skip matching file and directory names at any depth, as in OPA.
  */
final class RegoFiles {
    /** The largest file read. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** What was loaded: modules by file, their sources (for error lines), the merged data and any errors. */
    record Loaded(List<Module> modules, List<String> sources, ObjectValue data, List<OpaError> errors) {
        Loaded {
            modules = List.copyOf(modules);
            sources = List.copyOf(sources);
            errors = List.copyOf(errors);
        }
    }

    private final boolean regoOnly;
    private final List<PathMatcher> ignore;
    private final List<Module> modules = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<OpaError> errors = new ArrayList<>();
    private ObjectValue data = ObjectValue.EMPTY;

    private RegoFiles(boolean regoOnly, List<String> ignore) {
        this.regoOnly = regoOnly;
        this.ignore = ignore.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    /** Loads modules and data. */
    static Loaded load(List<String> paths) {
        return load(paths, List.of());
    }

    /** Loads modules and data, skipping names that match one of the glob patterns. */
    static Loaded load(List<String> paths, List<String> ignore) {
        return new RegoFiles(false, ignore).loadAll(paths);
    }

    /** Loads {@code .rego} files only (what {@code opa check} reads). */
    static Loaded loadRego(List<String> paths, List<String> ignore) {
        return new RegoFiles(true, ignore).loadAll(paths);
    }

    private Loaded loadAll(List<String> paths) {
        for (String arg : paths) {
            List<String> prefix = new ArrayList<>();
            String path = DataPrefix.split(arg, prefix);
            Path p = Path.of(path);
            if (!Files.exists(p)) {
                errors.add(OpaError.plain("stat " + path + ": no such file or directory"));
                continue;
            }
            visit(p, 0, prefix);
        }
        return new Loaded(modules, sources, data, errors);
    }

    private void visit(Path path, int depth, List<String> prefix) {
        Path name = path.getFileName();
        if (name != null && ignore.stream().anyMatch(m -> m.matches(name))) {
            return;
        }
        if (!Files.isDirectory(path)) {
            file(path, depth, prefix);
            return;
        }
        List<String> under = new ArrayList<>(prefix);
        if (depth > 0) {
            under.add(path.getFileName().toString());
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(path)) {
            children = list.sorted().toList();
        } catch (IOException e) {
            errors.add(OpaError.plain("open " + path + ": " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            if (!child.getFileName().toString().startsWith(".")) {
                // Go's filepath.Join cleans the joined path: ./policies/p.rego is named policies/p.rego
                visit(child.normalize(), depth + 1, under);
            }
        }
    }

    private void file(Path path, int depth, List<String> prefix) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean rego = name.endsWith(".rego");
        boolean json = name.endsWith(".json");
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (regoOnly ? !rego : !rego && !json && !yaml && depth > 0) {
            return;
        }
        String text = read(path);
        if (text == null) {
            return;
        }
        if (rego) {
            module(path.toString(), text);
        } else if (json || yaml) {
            document(path.toString(), text, json, prefix);
        } else {
            anyType(path.toString(), text, prefix);
        }
    }

    private String read(Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                errors.add(OpaError.plain(path + ": file too large (" + size + " bytes; the limit is "
                        + MAX_FILE_BYTES + " bytes)"));
                return null;
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(OpaError.plain("open " + path + ": " + e.getMessage()));
            return null;
        }
    }

    private void module(String file, String text) {
        try {
            modules.add(RegoParser.parse(file, text));
            sources.add(text);
        } catch (RegoParseException e) {
            errors.add(OpaError.parse(e, text));
        }
    }

    private void document(String file, String text, boolean json, List<String> prefix) {
        try {
            merge(file, DataDocuments.parse(text, json), prefix);
        } catch (IOException e) {
            errors.add(OpaError.plain(file + ": " + e.getMessage()));
        }
    }

    private void anyType(String file, String text, List<String> prefix) {
        try {
            modules.add(RegoParser.parse(file, text));
            sources.add(text);
            return;
        } catch (RegoParseException notRego) {
            // try the data formats next, as OPA does
        }
        for (boolean json : new boolean[] {true, false}) {
            try {
                merge(file, DataDocuments.parse(text, json), prefix);
                return;
            } catch (IOException notThisFormat) {
                // try the next format
            }
        }
        errors.add(OpaError.plain(file + ": can't recognize file type; name it .rego, .json or .yaml"));
    }

    private void merge(String file, Value document, List<String> prefix) {
        Value rooted = DataDocuments.under(prefix, document);
        if (!(rooted instanceof ObjectValue object)) {
            errors.add(OpaError.plain(file + ": document must be of type object"));
            return;
        }
        ObjectValue merged = DataDocuments.merge(data, object);
        if (merged == null) {
            errors.add(OpaError.plain(file + ": merge error"));
            return;
        }
        data = merged;
    }
}
