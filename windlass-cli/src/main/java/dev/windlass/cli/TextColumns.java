package dev.windlass.cli;

import java.util.List;

/**
 * Left-aligned text columns, as kubectl, argocd and tkn print their tables: every column but the
 * last padded to its widest cell plus {@code gap} spaces; trailing blanks trimmed.
 */
public final class TextColumns {

    private TextColumns() {
    }

    /** The rows (the first one usually the header) as aligned lines, each ending in a newline. */
    public static String align(List<String[]> rows, int gap) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + gap));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
