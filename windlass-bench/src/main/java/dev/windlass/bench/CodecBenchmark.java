package dev.windlass.bench;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.Node;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Throughput of the codec and the directory renderer on a set of {@value #OBJECTS} manifests
 * (Deployments, Services and ConfigMaps in turn, see {@link ManifestSet}). Every benchmark handles
 * the whole set once per operation, so objects per second = operations per second x {@value #OBJECTS};
 * {@code bench/run.sh} prints that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {

    /** Objects handled by one operation of every benchmark here. */
    public static final int OBJECTS = 10_000;
    /** The directory benchmark's layout: {@value #FILES} files of {@value #OBJECTS_PER_FILE} objects. */
    public static final int FILES = 100;
    public static final int OBJECTS_PER_FILE = OBJECTS / FILES;

    private static final CodecLimits LIMITS = CodecLimits.DEFAULT.withMaxFileBytes(256L << 20).withMaxDocuments(OBJECTS * 2);
    private static final String SOURCE_DIR = "manifests";

    private String stream;
    private List<Node> documents;
    private YamlReader reader;
    private Snapshot snapshot;
    private DirectoryRenderer renderer;
    private List<Object> plainDocuments;
    private Load baselineLoad;
    private Dump baselineDump;

    @Setup
    public void setUp() {
        reader = YamlReader.create(LIMITS, ScalarSchema.KUBERNETES);
        stream = ManifestSet.yaml(0, OBJECTS);
        ParsedStream parsed = reader.read("manifests.yaml", stream);
        if (parsed.hasErrors() || parsed.documents().size() != OBJECTS) {
            throw new IllegalStateException("the generated manifests do not read back: " + parsed.issues());
        }
        documents = parsed.documents().stream().map(ParsedDocument::content).toList();
        plainDocuments = documents.stream().map(Node::toPlain).toList();
        baselineLoad = new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build());
        baselineDump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build());
        snapshot = directory();
        renderer = new DirectoryRenderer(DirectoryOptions.DEFAULT.withLimits(LIMITS));
        RenderResult rendered = renderer.render(snapshot, SOURCE_DIR);
        if (rendered.hasErrors() || rendered.objects().size() != OBJECTS) {
            throw new IllegalStateException("the generated directory does not render: " + rendered.issues());
        }
    }

    /** Reads one 10,000-document YAML stream, with positions (as the renderer does). */
    @Benchmark
    public ParsedStream parseYaml() {
        return reader.read("manifests.yaml", stream);
    }

    /** Prints the 10,000 documents as one YAML stream. */
    @Benchmark
    public String writeYaml() {
        return YamlWriter.writeAll(documents);
    }

    /**
     * Baseline: what a Java tool typically does, snakeyaml-engine's {@code Load} of every document
     * into plain Java maps (no positions, no Kubernetes typing, no limits beyond the library's).
     */
    @Benchmark
    public int baselineSnakeYamlLoad() {
        int count = 0;
        for (Object ignored : baselineLoad.loadAllFromString(stream)) {
            count++;
        }
        return count;
    }

    /** Baseline: snakeyaml-engine's {@code Dump} of the same documents as plain Java maps, in block style. */
    @Benchmark
    public String baselineSnakeYamlDump() {
        return baselineDump.dumpAllToString(plainDocuments.iterator());
    }

    /** Renders a directory of 100 files of 100 objects each: listing, reading, parsing, flattening, ordering. */
    @Benchmark
    public RenderResult renderDirectory() {
        return renderer.render(snapshot, SOURCE_DIR);
    }

    private static Snapshot directory() {
        MemorySnapshot.Builder builder = MemorySnapshot.builder("bench");
        for (int file = 0; file < FILES; file++) {
            String path = String.format(Locale.ROOT, "%s/part-%03d.yaml", SOURCE_DIR, file);
            builder.file(path, ManifestSet.yaml(file * OBJECTS_PER_FILE, OBJECTS_PER_FILE));
        }
        return builder.build();
    }
}
