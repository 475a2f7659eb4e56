package dev.windlass.bench.kustomize;

import java.util.List;
import java.util.Optional;

/**
 * Where two multi-document YAML outputs first differ, for the benchmark's equality check: the line
 * number, the object it is in (kind and name as the expected output names it) and both lines.
 *
 * @param line          1-based line number of the first difference
 * @param object        {@code Kind/name} of the object around that line in the expected output
 * @param actual        that line in the actual output ({@code <end>} past its last line)
 * @param expected      that line in the expected output ({@code <end>} past its last line)
 * @param differentLines lines that differ at the same position, over the longer output
 */
record YamlDifference(int line, String object, String actual, String expected, int differentLines) {

    /** The first difference of {@code actual} from {@code expected}; empty when they are equal. */
    static Optional<YamlDifference> between(String actual, String expected) {
        if (actual.equals(expected)) {
            return Optional.empty();
        }
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        int first = -1;
        int different = 0;
        for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
            if (!at(a, i).equals(at(e, i))) {
                different++;
                first = first < 0 ? i : first;
            }
        }
        if (first < 0) { // same lines, different line endings or final newline
            return Optional.of(new YamlDifference(e.size(), "", "<line ending>", "<line ending>", 0));
        }
        return Optional.of(new YamlDifference(first + 1, objectAround(e, first), at(a, first), at(e, first), different));
    }

    /** A one-line description for the report, calling the outputs {@code windlass} and {@code kubectl}. */
    String describe() {
        return describe("windlass", "kubectl");
    }

    /** A one-line description for the report, naming the two outputs. */
    String describe(String actualName, String expectedName) {
        return "first difference at line " + line + (object.isEmpty() ? "" : " (in " + object + ")") + ": "
                + actualName + " \"" + actual.strip() + "\" " + expectedName + " \"" + expected.strip() + "\"; "
                + differentLines
                + " lines differ position by position";
    }

    private static String at(List<String> lines, int index) {
        return index < lines.size() ? lines.get(index) : "<end>";
    }

    /** The kind and name of the document holding line {@code index}, from its top-level fields. */
    private static String objectAround(List<String> lines, int index) {
        int start = index;
        while (start > 0 && !lines.get(start).equals("---")) {
            start--;
        }
        String kind = "";
        String name = "";
        boolean inMetadata = false;
        for (int i = start; i < lines.size() && (i == start || !lines.get(i).equals("---")); i++) {
            String line = lines.get(i);
            if (line.startsWith("kind: ")) {
                kind = line.substring(6);
            }
            if (!line.startsWith(" ")) {
                inMetadata = line.equals("metadata:");
            } else if (inMetadata && line.startsWith("  name: ")) {
                name = line.substring(8);
            }
        }
        return kind.isEmpty() && name.isEmpty() ? "" : kind + "/" + name;
    }
}
