package dev.windlass.model.codec;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random node trees built from pieces that are hard to print, for round-trip properties of the writers. */
final class RandomTrees {

    private static final String[] PIECES = {
        "a", "x", "word", " ", "  ", "\n", "\n\n", ":", ": ", "#", " #", "-", "- ", "?", "'", "\"", "\\", "\t", "é",
        "日本", "\uD83D\uDE00", "0", "1", "12", "0x", "e3", ".", "|", ">", "{", "}", "[", "]", ",", "&", "*", "!", "%", "@",
        "`", "~", "\r", "\u0085", "\u2028", "\uFEFF", "\u00A0", "\u0007", "_", "null", "true", "yes", "on", "<<", "---",
        "...", "2024-01-02", "12:30", ".inf", "\u007F"
    };

    private RandomTrees() {
    }

    /** A map or list at most {@code depth} levels deep. */
    static Node tree(Random random, int depth) {
        return random.nextBoolean() ? map(random, depth) : list(random, depth);
    }

    private static Node node(Random random, int depth) {
        int pick = random.nextInt(depth > 0 ? 10 : 7);
        return switch (pick) {
            case 0, 1, 2 -> Node.of(text(random));
            case 3 -> Node.of(random.nextLong() >> random.nextInt(64));
            case 4 -> Node.of(fraction(random));
            case 5 -> random.nextBoolean() ? Node.of(random.nextBoolean()) : Node.nullNode();
            case 6 -> random.nextBoolean() ? MapNode.empty() : Node.list(List.of());
            case 7, 8 -> map(random, depth - 1);
            default -> list(random, depth - 1);
        };
    }

    private static Node map(Random random, int depth) {
        MapNode.Builder builder = MapNode.builder();
        int size = 1 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            builder.put(text(random), node(random, depth));
        }
        return builder.build();
    }

    private static Node list(Random random, int depth) {
        List<Node> items = new ArrayList<>();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            items.add(node(random, depth));
        }
        return Node.list(items);
    }

    static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(7);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    /**
     * A float that prints (and so reads back) as a float: with a fractional part, or at least 1e21
     * (exponent form). Integral floats print as integers, as in Go, and read back as {@code IntNode}.
     */
    private static double fraction(Random random) {
        double sign = random.nextBoolean() ? 1 : -1;
        if (random.nextInt(5) == 0) {
            return sign * (1 + random.nextDouble()) * Math.pow(10, 21 + random.nextInt(280));
        }
        double value = sign * random.nextDouble() * Math.pow(10, random.nextInt(34) - 20);
        return value == Math.rint(value) ? value + 0.5 : value;
    }
}
