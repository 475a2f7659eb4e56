package dev.windlass.cli.rego;

import java.util.List;

/**
  * A table drawn with light box-drawing lines, as {@code opa eval -f pretty} draws bindings: the
  * header centred, the cells left-aligned, one space of padding either side.
  */
final class PrettyTable {
    private PrettyTable() {}

    static String render(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(header.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        border(out, widths, '┌', '┬', '┐');
        line(out, header, widths, true);
        border(out, widths, '├', '┼', '┤');
        for (List<String> row : rows) {
            line(out, row, widths, false);
        }
        border(out, widths, '└', '┴', '┘');
        return out.toString();
    }

    private static void border(StringBuilder out, int[] widths, char left, char middle, char right) {
        out.append(left);
        for (int c = 0; c < widths.length; c++) {
            out.append("─".repeat(widths[c] + 2)).append(c + 1 < widths.length ? middle : right);
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean centre) {
        out.append('│');
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            int space = widths[c] - width(cell);
            int before = centre ? space / 2 : 0;
            out.append(' ').append(" ".repeat(before)).append(cell).append(" ".repeat(space - before)).append(" │");
        }
        out.append('\n');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
