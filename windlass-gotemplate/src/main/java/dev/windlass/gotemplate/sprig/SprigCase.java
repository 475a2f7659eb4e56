package dev.windlass.gotemplate.sprig;

/**
 * huandu/xstrings v1.5 case conversions: {@code ToSnakeCase}/{@code ToKebabCase} (words split at
 * case changes, numbers and connectors, then lower-cased and joined) and {@code ToPascalCase}.
 */
final class SprigCase {

    private enum Kind { INVALID, NUMBER, UPPER, ALPHABET, CONNECTOR, PUNCT, OTHER }

    /** One word of the input and where the rest starts. */
    private record Word(Kind kind, String text, int end) {
    }

    private SprigCase() {
    }

    static boolean isConnector(int r) {
        return r == '-' || r == '_' || SprigStrings.isGoSpace(r);
    }

    private static boolean isPunct(int r) {
        int t = Character.getType(r);
        return t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isAlphabet(int r) {
        return Character.isLetter(r);
    }

    private static Word next(String s, int start) {
        if (start >= s.length()) {
            return new Word(Kind.INVALID, "", start);
        }
        int r = s.codePointAt(start);
        int k = start + Character.charCount(r);
        Kind kind;
        if (isConnector(r)) {
            kind = Kind.CONNECTOR;
            k = run(s, k, SprigCase::isConnector);
        } else if (isPunct(r)) {
            kind = Kind.PUNCT;
            k = run(s, k, SprigCase::isPunct);
        } else if (Character.isUpperCase(r)) {
            kind = Kind.UPPER;
            k = upperWord(s, k);
        } else if (isAlphabet(r)) {
            kind = Kind.ALPHABET;
            k = run(s, k, c -> isAlphabet(c) && !Character.isUpperCase(c));
        } else if (Character.isDigit(r) || Character.getType(r) == Character.OTHER_NUMBER
                || Character.getType(r) == Character.LETTER_NUMBER) {
            kind = Kind.NUMBER;
            k = run(s, k, c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER);
        } else {
            kind = Kind.OTHER;
            k = run(s, k, c -> !isConnector(c) && !isPunct(c) && !isAlphabet(c) && !Character.isDigit(c));
        }
        return new Word(kind, s.substring(start, k), k);
    }

    private static int upperWord(String s, int k) {
        if (k >= s.length()) {
            return k;
        }
        int r = s.codePointAt(k);
        if (Character.isUpperCase(r)) {
            int prevEnd = k;
            int end = k + Character.charCount(r);
            while (end < s.length() && Character.isUpperCase(s.codePointAt(end))) {
                prevEnd = end;
                end += Character.charCount(s.codePointAt(end));
            }
            if (end < s.length() && isAlphabet(s.codePointAt(end))) {
                return prevEnd;
            }
            return end;
        }
        if (isAlphabet(r)) {
            return run(s, k, c -> isAlphabet(c) && !Character.isUpperCase(c));
        }
        return k;
    }

    private static int run(String s, int k, java.util.function.IntPredicate p) {
        while (k < s.length() && p.test(s.codePointAt(k))) {
            k += Character.charCount(s.codePointAt(k));
        }
        return k;
    }

    private static void lower(StringBuilder out, Word w, char connector) {
        if (w.kind() != Kind.UPPER && w.kind() != Kind.CONNECTOR) {
            out.append(w.text());
            return;
        }
        w.text().codePoints().forEach(c -> {
            if (isConnector(c)) {
                out.append(connector);
            } else {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        });
    }

    /** xstrings' camelCaseToLowerCase: {@code HTTPServer} → {@code http_server}, {@code Bld4Floor} → {@code bld4_floor}. */
    static String toLowerWords(String s, char connector) {
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Word w = next(s, 0);
        while (w.end() < s.length()) {
            if (w.kind() != Kind.CONNECTOR) {
                lower(out, w, connector);
            }
            Word prev = w;
            w = next(s, w.end());
            switch (prev.kind()) {
                case NUMBER -> {
                    while (w.kind() == Kind.ALPHABET || w.kind() == Kind.NUMBER) {
                        lower(out, w, connector);
                        w = next(s, w.end());
                    }
                    if (w.kind() != Kind.INVALID && w.kind() != Kind.PUNCT && w.kind() != Kind.CONNECTOR) {
                        out.append(connector);
                    }
                }
                case CONNECTOR -> lower(out, prev, connector);
                case PUNCT -> {
                }
                default -> w = afterWord(s, w, out, connector);
            }
        }
        lower(out, w, connector);
        return out.toString();
    }

    private static Word afterWord(String s, Word w, StringBuilder out, char connector) {
        if (w.kind() != Kind.NUMBER) {
            if (w.kind() != Kind.CONNECTOR && w.kind() != Kind.PUNCT) {
                out.append(connector);
            }
            return w;
        }
        if (w.end() >= s.length()) {
            return w;
        }
        Word number = w;
        w = next(s, w.end());
        if (w.kind() != Kind.ALPHABET) {
            lower(out, number, connector);
            if (w.kind() != Kind.CONNECTOR && w.kind() != Kind.PUNCT) {
                out.append(connector);
            }
            return w;
        }
        out.append(connector);
        lower(out, number, connector);
        while (w.kind() == Kind.ALPHABET || w.kind() == Kind.NUMBER) {
            lower(out, w, connector);
            w = next(s, w.end());
        }
        if (w.kind() != Kind.INVALID && w.kind() != Kind.CONNECTOR && w.kind() != Kind.PUNCT) {
            out.append(connector);
        }
        return w;
    }

    /** xstrings.ToPascalCase: connectors removed, the letter after each upper-cased. */
    static String toPascalCase(String s) {
        if (s.isEmpty()) {
            return "";
        }
        int[] runes = s.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int k = 0;
        int r0 = 0;
        boolean firstUpper = false;
        boolean found = false;
        while (k < runes.length) {
            r0 = runes[k++];
            if (!isConnector(r0)) {
                firstUpper = Character.isUpperCase(r0);
                r0 = Character.toUpperCase(r0);
                found = true;
                break;
            }
            out.appendCodePoint(r0);
        }
        if (k >= runes.length) {
            if (found) {
                out.appendCodePoint(r0);
            }
            return out.toString();
        }
        while (k < runes.length) {
            int r1 = r0;
            r0 = runes[k++];
            if (isConnector(r0) && isConnector(r1)) {
                out.appendCodePoint(r1);
                continue;
            }
            if (isConnector(r1)) {
                r0 = Character.toUpperCase(r0);
            } else {
                if (firstUpper) {
                    if (Character.isUpperCase(r0)) {
                        r0 = Character.toLowerCase(r0);
                    } else {
                        firstUpper = false;
                    }
                }
                out.appendCodePoint(r1);
            }
        }
        return out.appendCodePoint(r0).toString();
    }
}
