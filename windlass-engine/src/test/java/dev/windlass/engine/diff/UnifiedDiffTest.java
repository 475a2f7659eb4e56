package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line" + i + "\n").collect(Collectors.joining());
    }

    @Test
    void of_equalTextsPrintNothing() {
        assertThat(UnifiedDiff.of("a", "b", lines(1, 5), lines(1, 5))).isEmpty();
    }

    @Test
    void of_oneChangedLineHasThreeLinesOfContextOnEachSide() {
        String to = lines(1, 9).replace("line5\n", "LINE5\n");

        assertThat(UnifiedDiff.of("live/x", "target/x", lines(1, 9), to)).isEqualTo("""
                --- live/x
                +++ target/x
                @@ -2,7 +2,7 @@
                 line2
                 line3
                 line4
                -line5
                +LINE5
                 line6
                 line7
                 line8
                """);
    }

    @Test
    void of_aSideWithOneLineInTheHunkPrintsItsStartAlone() {
        assertThat(UnifiedDiff.of("a", "b", "x\n", "y\n")).isEqualTo("""
                --- a
                +++ b
                @@ -1 +1 @@
                -x
                +y
                """);
    }

    @Test
    void of_insertionIntoEmptyTextStartsAtLineZero() {
        assertThat(UnifiedDiff.of("a", "b", "", "new\nlines\n")).isEqualTo("""
                --- a
                +++ b
                @@ -0,0 +1,2 @@
                +new
                +lines
                """);
    }

    @Test
    void of_pureInsertionNamesTheLineBeforeItOnTheSideWithoutLines() {
        String to = lines(1, 4) + "added\n" + lines(5, 8);

        assertThat(UnifiedDiff.of("a", "b", lines(1, 8), to)).startsWith("--- a\n+++ b\n@@ -2,6 +2,7 @@\n line2\n");
    }

    @Test
    void of_changesFarApartMakeSeparateHunks() {
        String to = lines(1, 20).replace("line2\n", "X\n").replace("line18\n", "Y\n");

        String diff = UnifiedDiff.of("a", "b", lines(1, 20), to);

        assertThat(diff).contains("@@ -1,5 +1,5 @@", "@@ -15,6 +15,6 @@");
    }

    @Test
    void of_changesWithSixLinesBetweenShareOneHunk() {
        String to = lines(1, 20).replace("line5\n", "X\n").replace("line12\n", "Y\n");

        String diff = UnifiedDiff.of("a", "b", lines(1, 20), to);

        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -2,14 +2,14 @@");
    }

    @Test
    void of_changesWithSevenLinesBetweenMakeTwoHunks() {
        String to = lines(1, 20).replace("line5\n", "X\n").replace("line13\n", "Y\n");

        String diff = UnifiedDiff.of("a", "b", lines(1, 20), to);

        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).hasSize(2);
    }

    @Test
    void of_lastLineWithoutNewlineIsMarked() {
        assertThat(UnifiedDiff.of("a", "b", "same\nold", "same\nnew")).isEqualTo("""
                --- a
                +++ b
                @@ -1,2 +1,2 @@
                 same
                -old
                \\ No newline at end of file
                +new
                \\ No newline at end of file
                """);
    }

    @Test
    void of_addingTheFinalNewlineIsADifference() {
        assertThat(UnifiedDiff.of("a", "b", "x", "x\n")).contains("-x\n\\ No newline at end of file\n+x\n");
    }

    @Test
    void lineDiff_scriptRebuildsBothSidesAndIsNoLongerThanTheNaiveOne() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> from = randomLines(random);
            List<String> to = randomLines(random);

            List<LineDiff.Op> ops = LineDiff.between(from, to);

            List<String> rebuiltFrom = new ArrayList<>();
            List<String> rebuiltTo = new ArrayList<>();
            for (LineDiff.Op op : ops) {
                if (op.kind() != LineDiff.Kind.INSERT) {
                    rebuiltFrom.add(from.get(op.from()));
                }
                if (op.kind() != LineDiff.Kind.DELETE) {
                    rebuiltTo.add(to.get(op.to()));
                }
                if (op.kind() == LineDiff.Kind.KEEP) {
                    assertThat(from.get(op.from())).isEqualTo(to.get(op.to()));
                }
            }
            assertThat(rebuiltFrom).isEqualTo(from);
            assertThat(rebuiltTo).isEqualTo(to);
            long edits = ops.stream().filter(op -> op.kind() != LineDiff.Kind.KEEP).count();
            assertThat(edits).isEqualTo(from.size() + to.size() - 2L * lcsLength(from, to));
        }
    }

    @Test
    void lineDiff_beyondTheEditBudgetStillGivesACorrectScript() {
        List<String> from = IntStream.range(0, 2500).mapToObj(i -> "a" + i).toList();
        List<String> to = IntStream.range(0, 2500).mapToObj(i -> "b" + i).toList();

        List<LineDiff.Op> ops = LineDiff.between(from, to);

        assertThat(ops).hasSize(5000);
        assertThat(ops.subList(0, 2500)).allMatch(op -> op.kind() == LineDiff.Kind.DELETE);
    }

    private static List<String> randomLines(Random random) {
        int size = random.nextInt(12);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }
}
