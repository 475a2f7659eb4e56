package dev.windlass.pipelines.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the Tekton corpus' cases.tsv: an example file under examples/v1, the kinds it holds,
 * its maturity in tektoncd/pipeline's CI ({@code stable}, {@code beta}, {@code alpha}, {@code no-ci})
 * and the outcome its runs should reach ({@code Succeeded}).
 */
record ExampleCase(String file, String kinds, String maturity, String expect) {

    /** The rows of {@code tsv}, without its header. */
    static List<ExampleCase> read(Path tsv) throws IOException {
        List<ExampleCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 4 || "file".equals(cells[0])) {
                continue;
            }
            cases.add(new ExampleCase(cells[0], cells[1], cells[2], cells[3]));
        }
        return cases;
    }

    boolean isStable() {
        return "stable".equals(maturity);
    }

    /** True when every run of the file must end with condition Succeeded=True. */
    boolean expectsSuccess() {
        return "Succeeded".equals(expect);
    }

    /** The file name without examples/v1/. */
    String shortName() {
        return file.startsWith("examples/v1/") ? file.substring("examples/v1/".length()) : file;
    }
}
