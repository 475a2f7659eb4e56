package dev.windlass.gotemplate;

/**
 * A parse or execution error, with Go's message text: {@code template: NAME:LINE:COL: MESSAGE} for
 * parse errors and {@code template: NAME:LINE:COL: executing "NAME" at <NODE>: MESSAGE} for
 * execution errors. The parts are kept so callers (Helm) can reformat them.
 */
public class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the template text or its execution failed. */
    public enum Phase { PARSE, EXEC }

    private final Phase phase;
    private final String templateName;
    private final int line;
    private final int column;
    private final String executing;
    private final String node;
    private final String detail;

    /**
     * @param phase        parse or execution
     * @param templateName the template whose text holds the failing position
     * @param line         1-based line, 0 when unknown
     * @param column       Go's column: the byte offset of the node in its line (0-based, as Go reports
     *                     it); parse errors have none (0)
     * @param executing    the template being executed (execution errors), else {@code null}
     * @param node         the failing node as Go prints it between {@code <>}, else {@code null}
     * @param detail       the bare message
     */
    public TemplateException(Phase phase, String templateName, int line, int column, String executing,
            String node, String detail) {
        super(format(phase, templateName, line, column, executing, node, detail));
        this.phase = phase;
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.executing = executing;
        this.node = node;
        this.detail = detail;
    }

    /** An error whose whole message is {@code message} (Go's errors that carry no position). */
    TemplateException(Phase phase, String templateName, String message) {
        super(message);
        this.phase = phase;
        this.templateName = templateName;
        this.line = 0;
        this.column = 0;
        this.executing = null;
        this.node = null;
        this.detail = message;
    }

    private static String format(Phase phase, String name, int line, int column, String executing, String node,
            String detail) {
        StringBuilder text = new StringBuilder("template: ").append(name);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0 || phase == Phase.EXEC && executing != null) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (phase == Phase.EXEC && executing != null) {
            text.append("executing \"").append(executing).append("\" at <").append(node).append(">: ");
        }
        return text.append(detail).toString();
    }

    public Phase phase() {
        return phase;
    }

    public String templateName() {
        return templateName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String executing() {
        return executing;
    }

    public String node() {
        return node;
    }

    public String detail() {
        return detail;
    }
}
