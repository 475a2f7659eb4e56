package dev.windlass.cli.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns rows of cells the way the {@code argocd} CLI's Go {@code tabwriter} does (padding 2, spaces):
 * each cell but a row's last is padded to the widest cell of its column block, a block being the run of
 * adjacent rows that have a cell in that column. Rows with fewer cells end a block, so a
 * {@code SOURCE repo} line above an {@code ID DATE REVISION} table only shares the first column.
 */
final class TabTable {

    private static final int PADDING = 2;
    private final List<List<String>> rows = new ArrayList<>();

    TabTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    TabTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The aligned text, one line per row, each ending with a newline. */
    String render() {
        StringBuilder out = new StringBuilder();
        format(out, new ArrayList<>(), 0, rows.size());
        return out.toString();
    }

    /**
     * Lays out column {@code widths.size()} for rows {@code from..to}: rows outside a block of that column
     * are written with the widths known so far, each block is measured and laid out one column deeper.
     */
    private void format(StringBuilder out, List<Integer> widths, int from, int to) {
        int column = widths.size();
        int start = from;
        for (int row = from; row < to; row++) {
            if (!hasAlignedCell(row, column)) {
                continue;
            }
            writeRows(out, widths, start, row);
            start = row;
            int width = 0;
            for (; row < to && hasAlignedCell(row, column); row++) {
                width = Math.max(width, length(rows.get(row).get(column)) + PADDING);
            }
            widths.add(width);
            format(out, widths, start, row);
            widths.remove(widths.size() - 1);
            start = row;
        }
        writeRows(out, widths, start, to);
    }

    /** A cell that is aligned: any but the last of its row. */
    private boolean hasAlignedCell(int row, int column) {
        return column < rows.get(row).size() - 1;
    }

    private void writeRows(StringBuilder out, List<Integer> widths, int from, int to) {
        for (int row = from; row < to; row++) {
            List<String> cells = rows.get(row);
            for (int c = 0; c < cells.size(); c++) {
                out.append(cells.get(c));
                if (c < widths.size() && c < cells.size() - 1) {
                    out.append(" ".repeat(Math.max(0, widths.get(c) - length(cells.get(c)))));
                }
            }
            out.append('\n');
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
