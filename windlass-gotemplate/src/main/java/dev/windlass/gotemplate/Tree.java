package dev.windlass.gotemplate;

/**
 * One parsed template.
 *
 * @param name      the template's name ({@code define}d name or the parsed file's name)
 * @param parseName the name of the text it was parsed from, used in error positions
 * @param text      that text
 * @param lines     line/column lookup over {@code text}
 * @param root      its body
 */
record Tree(String name, String parseName, String text, LineIndex lines, Node.ListNode root) {

    /** Go's {@code IsEmptyTree}: nothing but whitespace text (and comments). */
    boolean isEmpty() {
        return isEmpty(root);
    }

    private static boolean isEmpty(Node node) {
        if (node == null) {
            return true;
        }
        if (node instanceof Node.ListNode list) {
            return list.nodes().stream().allMatch(Tree::isEmpty);
        }
        if (node instanceof Node.Text text) {
            return text.text().strip().isEmpty();
        }
        return false;
    }
}
