package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import java.util.regex.Pattern;

/**
 * The messages of the JSON reader that the YAML codec does not share (duplicate keys and depth use
 * {@link CodecMessages}): every expected failure says what is wrong and what to do.
 */
final class JsonMessages {

    static final String JSON_SYNTAX = "JsonSyntax";
    static final String NUMBER_OUT_OF_RANGE = "NumberOutOfRange";

    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern CHAR_CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern CONTROL_CHAR = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern FEATURE_ADVICE = Pattern.compile(": enable `[^`]*` to allow");
    private static final Pattern COMMENT_ADVICE = Pattern.compile("(?:: maybe a \\(non-standard\\) comment\\?)?"
            + "\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)");

    private JsonMessages() {
    }

    /** A syntax error, from the parser's own description of what it expected. */
    static Issue syntax(Location at, String parserMessage) {
        return Issue.error(JSON_SYNTAX, at, "invalid JSON: " + readable(parserMessage));
    }

    static Issue trailingContent(Location at) {
        return Issue.error(JSON_SYNTAX, at, "invalid JSON: unexpected content after the value; a JSON manifest holds"
                + " exactly one value: wrap several objects in a list, or use YAML with --- between documents");
    }

    static Issue numberOutOfRange(Location at, String number) {
        String shown = number.length() > 40 ? number.substring(0, 37) + "..." : number;
        return Issue.error(NUMBER_OUT_OF_RANGE, at, String.format(
                "number %s is too large for a 64-bit float, the largest number Kubernetes holds;"
                        + " quote it if it is meant as text", shown));
    }

    /** Jackson's message without its source excerpt, character codes and advice about Jackson features. */
    static String readable(String parserMessage) {
        String text = parserMessage == null ? "unexpected input" : parserMessage;
        text = SOURCE.matcher(text).replaceAll("line $1, column $2");
        text = text.replace("start marker at line", "opened at line");
        text = CONTROL_CHAR.matcher(text).replaceAll("(control character $1)");
        text = CHAR_CODE.matcher(text).replaceAll("");
        text = FEATURE_ADVICE.matcher(text).replaceAll(" (JSON has no NaN or Infinity)");
        text = COMMENT_ADVICE.matcher(text).replaceAll(": JSON has no comments");
        text = text.replace("end-of-inputNo", "end-of-input: no");
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
