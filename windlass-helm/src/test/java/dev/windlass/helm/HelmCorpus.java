package dev.windlass.helm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Helm's conformance data, {@code corpus/helm} under the {@code windlass.shared.dir} system property. */
public final class HelmCorpus {

    private HelmCorpus() {
    }

    /** The directory {@code corpus/helm/<parts…>}; the calling test is skipped when it is absent. */
    public static Path require(String... parts) {
        String shared = System.getProperty("windlass.shared.dir");
        Optional<Path> dir = Optional.ofNullable(shared).filter(s -> !s.isBlank())
                .map(s -> Path.of(s, "corpus", "helm").resolve(String.join("/", parts))).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "no corpus/helm/" + String.join("/", parts) + " under windlass.shared.dir; skipped");
        return dir.get();
    }
}
