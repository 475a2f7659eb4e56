package dev.windlass.engine.diff;

import dev.windlass.engine.diff.LineDiff.Kind;
import dev.windlass.engine.diff.LineDiff.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Line diffs in the unified format {@code diff -u} prints (and {@code argocd app diff} and
 * {@code kubectl diff} show): a {@code ---}/{@code +++} header, then hunks of changed lines with
 * three lines of context, each headed {@code @@ -start,count +start,count @@}. As GNU diff does, a
 * count of one is left out ({@code -7}) and an empty side starts at the line before the hunk
 * ({@code -0,0}); a last line without a newline is followed by {@code \ No newline at end of file}.
 *
 * <pre>{@code
 * String patch = UnifiedDiff.of("live/web", "target/web", liveYaml, targetYaml);
 * }</pre>
 */
public final class UnifiedDiff {

    /** Lines of unchanged context around each change. */
    public static final int CONTEXT = 3;

    private static final String NO_NEWLINE = "\n\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /** The unified diff from {@code fromText} to {@code toText}; {@code ""} when the texts are equal. */
    public static String of(String fromLabel, String toLabel, String fromText, String toText) {
        List<String> from = lines(fromText);
        List<String> to = lines(toText);
        List<Op> ops = LineDiff.between(from, to);
        List<int[]> hunks = hunks(ops);
        if (hunks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromLabel).append('\n');
        out.append("+++ ").append(toLabel).append('\n');
        for (int[] hunk : hunks) {
            appendHunk(out, ops, hunk[0], hunk[1], from, to);
        }
        return out.toString();
    }

    /** The text's lines; a last line without a newline carries the marker, so it differs from one with. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start) + NO_NEWLINE);
                break;
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    /** Ranges [start, end) of {@code ops} to print: changes with their context, merged when contexts touch. */
    private static List<int[]> hunks(List<Op> ops) {
        List<int[]> hunks = new ArrayList<>();
        int[] current = null;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).kind() == Kind.KEEP) {
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = Math.min(ops.size(), i + 1 + CONTEXT);
            if (current != null && start <= current[1]) {
                current[1] = end;
            } else {
                current = new int[] {start, end};
                hunks.add(current);
            }
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<Op> ops, int start, int end, List<String> from, List<String> to) {
        int fromStart = linesBefore(ops, start, Kind.INSERT);
        int toStart = linesBefore(ops, start, Kind.DELETE);
        int fromCount = linesBefore(ops, end, Kind.INSERT) - fromStart;
        int toCount = linesBefore(ops, end, Kind.DELETE) - toStart;
        out.append("@@ -").append(range(fromStart, fromCount)).append(" +").append(range(toStart, toCount)).append(" @@\n");
        for (Op op : ops.subList(start, end)) {
            switch (op.kind()) {
                case KEEP -> out.append(' ').append(from.get(op.from()));
                case DELETE -> out.append('-').append(from.get(op.from()));
                case INSERT -> out.append('+').append(to.get(op.to()));
                default -> throw new IllegalStateException(op.kind().name());
            }
            out.append('\n');
        }
    }

    /** Lines of one side before op {@code index}: every op but those of kind {@code other} has one. */
    private static int linesBefore(List<Op> ops, int index, Kind other) {
        int count = 0;
        for (int i = 0; i < index; i++) {
            if (ops.get(i).kind() != other) {
                count++;
            }
        }
        return count;
    }

    /** {@code start,count} with the start 1-based; {@code start} alone for one line; the line before for none. */
    private static String range(int zeroBasedStart, int count) {
        if (count == 0) {
            return zeroBasedStart + ",0";
        }
        int start = zeroBasedStart + 1;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
