package dev.windlass.engine.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The shortest edit script between two lists of lines (Myers' O(ND) algorithm, after trimming the
 * common prefix and suffix), as one {@link Op} per line of either side, in order. Deletions come
 * before insertions within a change, as GNU diff prints them. When the two sides differ in more
 * than {@link #MAX_EDITS} lines the search stops and the differing middle is replaced whole: still
 * a correct script, no longer the shortest, with memory bounded.
 */
final class LineDiff {

    /** Edits beyond which the search gives up on a minimal script (its memory grows with the square). */
    static final int MAX_EDITS = 2000;

    /** What happens to one line. */
    enum Kind { KEEP, DELETE, INSERT }

    /** One line of the script; {@code from}/{@code to} are its 0-based index on each side, -1 where absent. */
    record Op(Kind kind, int from, int to) {
    }

    private LineDiff() {
    }

    static List<Op> between(List<String> from, List<String> to) {
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && from.get(prefix).equals(to.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < from.size() - prefix && suffix < to.size() - prefix
                && from.get(from.size() - 1 - suffix).equals(to.get(to.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>(from.size() + to.size());
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Kind.KEEP, i, i));
        }
        middle(from.subList(prefix, from.size() - suffix), to.subList(prefix, to.size() - suffix), prefix, ops);
        for (int i = suffix; i > 0; i--) {
            ops.add(new Op(Kind.KEEP, from.size() - i, to.size() - i));
        }
        return ops;
    }

    /** Myers' greedy search, keeping each round's furthest points to walk the path back. */
    private static void middle(List<String> a, List<String> b, int offset, List<Op> out) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        if (n == 0 || m == 0) {
            replaceWhole(n, m, offset, out);
            return;
        }
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            if (d > MAX_EDITS) {
                replaceWhole(n, m, offset, out);
                return;
            }
            trace.add(snapshot(v, max, d));
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]);
                int x = down ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        backtrack(trace, n, m, offset, out);
    }

    /** The part of {@code v} round {@code d} can read: diagonals -d-1 .. d+1, stored from index 0. */
    private static int[] snapshot(int[] v, int max, int d) {
        int[] copy = new int[2 * d + 3];
        for (int i = 0; i < copy.length; i++) {
            int index = max - d - 1 + i;
            copy[i] = index >= 0 && index < v.length ? v[index] : 0;
        }
        return copy;
    }

    private static void replaceWhole(int n, int m, int offset, List<Op> out) {
        for (int i = 0; i < n; i++) {
            out.add(new Op(Kind.DELETE, offset + i, -1));
        }
        for (int j = 0; j < m; j++) {
            out.add(new Op(Kind.INSERT, -1, offset + j));
        }
    }

    private static void backtrack(List<int[]> trace, int n, int m, int offset, List<Op> out) {
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0 && (x > 0 || y > 0); d--) {
            int[] v = trace.get(d);
            int base = d + 1;
            int k = x - y;
            boolean down = k == -d || (k != d && v[base + k - 1] < v[base + k + 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = d == 0 ? 0 : v[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Op(Kind.KEEP, offset + x, offset + y));
            }
            if (d > 0) {
                if (down) {
                    y--;
                    reversed.add(new Op(Kind.INSERT, -1, offset + y));
                } else {
                    x--;
                    reversed.add(new Op(Kind.DELETE, offset + x, -1));
                }
            }
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
    }
}
