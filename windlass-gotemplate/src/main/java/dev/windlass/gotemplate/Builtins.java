package dev.windlass.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** text/template's built-in functions (Go's {@code builtins()}), with Go's error texts. */
final class Builtins {

    private static final Map<String, Fn> ALL = new HashMap<>();

    static {
        raw("and", 1, true, args -> null);
        raw("or", 1, true, args -> null);
        raw("not", 1, false, args -> !Values.isTrue(Compare.indirect(args[0])));
        raw("len", 1, false, args -> length(args[0]));
        raw("index", 1, true, args -> Indexing.index(args[0], Arrays.copyOfRange(args, 1, args.length)));
        raw("slice", 1, true, args -> Indexing.slice(args[0], Arrays.copyOfRange(args, 1, args.length)));
        raw("call", 1, true, args -> Indexing.call((String) args[0], args[1],
                Arrays.copyOfRange(args, 2, args.length)));
        raw("eq", 1, true, args -> Compare.eq(args[0], Arrays.copyOfRange(args, 1, args.length)));
        raw("ne", 2, false, args -> !Compare.eq(args[0], args[1]));
        raw("lt", 2, false, args -> Compare.lt(args[0], args[1]));
        raw("le", 2, false, args -> Compare.le(args[0], args[1]));
        raw("gt", 2, false, args -> !Compare.le(args[0], args[1]));
        raw("ge", 2, false, args -> !Compare.lt(args[0], args[1]));
        text("print", args -> ValuePrinter.sprint(args));
        text("println", args -> ValuePrinter.sprintln(args));
        text("html", args -> Escapers.html(evalArgs(args)));
        text("js", args -> Escapers.js(evalArgs(args)));
        text("urlquery", args -> Escapers.queryEscape(evalArgs(args)));
        ALL.put("printf", new Fn("printf", List.of(GoType.STRING), GoType.ANY,
                args -> ValuePrinter.sprintf((String) args[0], Arrays.copyOfRange(args, 1, args.length)), false,
                true));
    }

    private Builtins() {
    }

    /** The built-in called {@code name}, or {@code null}. */
    static Fn get(String name) {
        return ALL.get(name);
    }

    static boolean has(String name) {
        return ALL.containsKey(name);
    }

    /** A built-in whose parameters are {@code reflect.Value}s: {@code fixed} of them, then maybe more. */
    private static void raw(String name, int fixed, boolean variadic, GoFunction body) {
        List<GoType> params = new ArrayList<>();
        for (int i = 0; i < fixed; i++) {
            params.add(GoType.ANY);
        }
        ALL.put(name, new Fn(name, params, variadic ? GoType.ANY : null, body, true, true));
    }

    private static void text(String name, GoFunction body) {
        ALL.put(name, new Fn(name, List.of(), GoType.ANY, body, false, true));
    }

    /** Go's {@code len}: bytes of a string, elements of a list or map. */
    static Object length(Object item) throws GoFunctionException {
        if (item == Sentinel.NO_VALUE) {
            throw new GoFunctionException("reflect: call of reflect.Value.Type on zero Value");
        }
        if (item == null) {
            throw new GoFunctionException("len of nil pointer");
        }
        if (item instanceof String str) {
            return GoQuote.utf8Length(str);
        }
        if (item instanceof List<?> list) {
            return list.size();
        }
        if (item instanceof Map<?, ?> map) {
            return map.size();
        }
        if (item instanceof byte[] bytes) {
            return bytes.length;
        }
        throw new GoFunctionException("len of type " + Values.typeName(item));
    }

    /** Go's {@code evalArgs} for html, js and urlquery: one string as is, else {@code fmt.Sprint}. */
    static String evalArgs(Object[] args) {
        if (args.length == 1 && args[0] instanceof String str) {
            return str;
        }
        Object[] printable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printable[i] = args[i] == null || args[i] == Sentinel.NO_VALUE ? "<no value>" : args[i];
        }
        return ValuePrinter.sprint(printable);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
