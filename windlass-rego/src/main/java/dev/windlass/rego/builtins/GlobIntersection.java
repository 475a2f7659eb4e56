package dev.windlass.rego.builtins;

import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
  * {@code regex.globs_match(a, b)}: whether two simple patterns (literals, {@code .}, bracket sets,
  * each optionally followed by {@code *}, {@code +} or {@code ?}; {@code +} is read as one then {@code *}) match a common string, by a search
  * over pairs of positions. This covers the syntax of yashtewari/glob-intersection, which OPA uses;
  * its error texts are not reproduced.
  */
final class GlobIntersection {
    private GlobIntersection() {}

    /** One token: a character set and how often it may repeat. */
    private record Token(CharSet set, char quantifier) {}

    /** A set of code points: ranges, possibly negated; {@code any} matches everything. */
    private record CharSet(List<int[]> ranges, boolean negated) {
        boolean contains(int c) {
            boolean in = ranges.stream().anyMatch(r -> c >= r[0] && c <= r[1]);
            return in != negated;
        }
    }

    static Value globsMatch(Args a) throws BuiltinException {
        String x = a.string(0);
        String y = a.string(1);
        List<Token> left = parse(a, x);
        List<Token> right = parse(a, y);
        return BoolValue.of(intersect(left, right));
    }

    private static List<Token> parse(Args a, String p) throws BuiltinException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            CharSet set;
            if (c == '.') {
                set = new CharSet(List.of(), true);
                i++;
            } else if (c == '[') {
                int close = p.indexOf(']', i + 2);
                if (close < 0) {
                    throw a.failed("glob-intersection: unterminated character set in " + GoQuote.quote(p));
                }
                set = bracket(p.substring(i + 1, close));
                i = close + 1;
            } else {
                if (c == '\\' && i + 1 < p.length()) {
                    i++;
                }
                int cp = p.codePointAt(i);
                set = new CharSet(List.of(new int[] {cp, cp}), false);
                i += Character.charCount(cp);
            }
            char q = i < p.length() && "*+?".indexOf(p.charAt(i)) >= 0 ? p.charAt(i++) : '1';
            if (q == '+') {
                out.add(new Token(set, '1'));
                q = '*';
            }
            out.add(new Token(set, q));
        }
        return out;
    }

    private static CharSet bracket(String body) {
        boolean negated = body.startsWith("^");
        String s = negated ? body.substring(1) : body;
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char lo = s.charAt(i);
            if (i + 2 < s.length() && s.charAt(i + 1) == '-') {
                ranges.add(new int[] {lo, s.charAt(i + 2)});
                i += 2;
            } else {
                ranges.add(new int[] {lo, lo});
            }
        }
        return new CharSet(ranges, negated);
    }

    /** Breadth-first search over (position in a, position in b); optional tokens are skipped freely. */
    private static boolean intersect(List<Token> a, List<Token> b) {
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        queue.add(new int[] {0, 0});
        while (!queue.isEmpty()) {
            int[] s = queue.poll();
            if (!seen.add(((long) s[0] << 32) | s[1])) {
                continue;
            }
            if (s[0] == a.size() && s[1] == b.size()) {
                return true;
            }
            if (s[0] < a.size() && a.get(s[0]).quantifier() != '1') {
                queue.add(new int[] {s[0] + 1, s[1]});
            }
            if (s[1] < b.size() && b.get(s[1]).quantifier() != '1') {
                queue.add(new int[] {s[0], s[1] + 1});
            }
            if (s[0] < a.size() && s[1] < b.size() && overlap(a.get(s[0]).set(), b.get(s[1]).set())) {
                for (int na : next(a.get(s[0]), s[0])) {
                    for (int nb : next(b.get(s[1]), s[1])) {
                        queue.add(new int[] {na, nb});
                    }
                }
            }
        }
        return false;
    }

    /** Where a token may stand after consuming one character: on for {@code *}, past it always. */
    private static int[] next(Token t, int at) {
        return t.quantifier() == '*' ? new int[] {at, at + 1} : new int[] {at + 1};
    }

    private static boolean overlap(CharSet x, CharSet y) {
        if (x.negated() && y.negated()) {
            return true;
        }
        CharSet positive = x.negated() ? y : x;
        CharSet other = x.negated() ? x : y;
        for (int[] r : positive.ranges()) {
            for (int c = r[0]; c <= r[1] && c - r[0] < 4096; c++) {
                if (other.contains(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
