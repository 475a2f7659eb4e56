package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.INT;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunction;
import dev.windlass.gotemplate.GoFunctionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sprig's list functions (list.go). The plain forms fail with the same text as the {@code must}
 * forms: Go's template engine reports a function's panic as its error.
 */
final class SprigLists {

    private SprigLists() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.variadic("list", ANY, a -> new ArrayList<>(Arrays.asList(a))));
        f.add(GoFunc.variadic("tuple", ANY, a -> new ArrayList<>(Arrays.asList(a))));
        both(f, "append", "mustAppend", SprigLists::push, ANY, ANY);
        both(f, "push", "mustPush", SprigLists::push, ANY, ANY);
        both(f, "prepend", "mustPrepend", SprigLists::prepend, ANY, ANY);
        both(f, "first", "mustFirst", a -> edge(a[0], "Cannot find first on type", true), ANY);
        both(f, "last", "mustLast", a -> edge(a[0], "Cannot find last on type", false), ANY);
        both(f, "rest", "mustRest", a -> trimmed(a[0], "Cannot find rest on type", 1, 0), ANY);
        both(f, "initial", "mustInitial", a -> trimmed(a[0], "Cannot find initial on type", 0, 1), ANY);
        both(f, "reverse", "mustReverse", SprigLists::reverse, ANY);
        both(f, "uniq", "mustUniq", SprigLists::uniq, ANY);
        both(f, "compact", "mustCompact", SprigLists::compact, ANY);
        both(f, "chunk", "mustChunk", SprigLists::chunk, INT, ANY);
        f.add(GoFunc.variadic("without", ANY, SprigLists::without, ANY));
        f.add(GoFunc.variadic("mustWithout", ANY, SprigLists::without, ANY));
        both(f, "has", "mustHas", SprigLists::has, ANY, ANY);
        f.add(GoFunc.variadic("slice", ANY, SprigLists::slice, ANY));
        f.add(GoFunc.variadic("mustSlice", ANY, SprigLists::slice, ANY));
        f.add(GoFunc.variadic("concat", ANY, SprigLists::concat));
        f.add(GoFunc.of("until", a -> until(((Number) a[0]).intValue()), INT));
        f.add(GoFunc.of("untilStep", a -> untilStep(n(a, 0), n(a, 1), n(a, 2)), INT, INT, INT));
        f.add(GoFunc.variadic("seq", INT, SprigLists::seq));
        return f;
    }

    private static void both(List<GoFunc> f, String name, String must, GoFunction body, dev.windlass.gotemplate.GoType... params) {
        f.add(GoFunc.of(name, body, params));
        f.add(GoFunc.of(must, body, params));
    }

    private static int n(Object[] a, int k) {
        return ((Number) a[k]).intValue();
    }

    private static Object push(Object[] a) throws GoFunctionException {
        List<Object> items = SprigConvert.listOrFail(a[0], "Cannot push on type");
        items.add(a[1]);
        return items;
    }

    private static Object prepend(Object[] a) throws GoFunctionException {
        List<Object> items = SprigConvert.listOrFail(a[0], "Cannot prepend on type");
        items.add(0, a[1]);
        return items;
    }

    private static Object edge(Object v, String message, boolean first) throws GoFunctionException {
        List<Object> items = SprigConvert.listOrFail(v, message);
        if (items.isEmpty()) {
            return null;
        }
        return first ? items.get(0) : items.get(items.size() - 1);
    }

    private static Object trimmed(Object v, String message, int head, int tail) throws GoFunctionException {
        List<Object> items = SprigConvert.listOrFail(v, message);
        if (items.isEmpty()) {
            return null;
        }
        return new ArrayList<>(items.subList(head, items.size() - tail));
    }

    private static Object reverse(Object[] a) throws GoFunctionException {
        List<Object> items = SprigConvert.listOrFail(a[0], "Cannot find reverse on type");
        java.util.Collections.reverse(items);
        return items;
    }

    private static Object uniq(Object[] a) throws GoFunctionException {
        List<Object> out = new ArrayList<>();
        for (Object item : SprigConvert.listOrFail(a[0], "Cannot find uniq on type")) {
            if (!contains(out, item)) {
                out.add(item);
            }
        }
        return out;
    }

    private static Object compact(Object[] a) throws GoFunctionException {
        List<Object> out = new ArrayList<>();
        for (Object item : SprigConvert.listOrFail(a[0], "Cannot compact on type")) {
            if (!SprigConvert.empty(item)) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean contains(List<Object> haystack, Object needle) {
        for (Object h : haystack) {
            if (SprigConvert.deepEqual(needle, h)) {
                return true;
            }
        }
        return false;
    }

    private static Object chunk(Object[] a) throws GoFunctionException {
        int size = n(a, 0);
        List<Object> items = SprigConvert.listOrFail(a[1], "Cannot chunk type");
        if (size <= 0) {
            throw new GoFunctionException("runtime error: integer divide by zero");
        }
        int count = (int) Math.floor((double) (items.size() - 1) / size) + 1;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int len = size;
            if (i == count - 1) {
                len = items.size() % size;
                if (len == 0) {
                    len = size;
                }
            }
            if (items.isEmpty()) {
                len = 0;
            }
            out.add(new ArrayList<>(items.subList(i * size, Math.min(i * size + len, items.size()))));
        }
        return out;
    }

    private static Object without(Object[] a) throws GoFunctionException {
        List<Object> omit = Arrays.asList(a).subList(1, a.length);
        List<Object> out = new ArrayList<>();
        for (Object item : SprigConvert.listOrFail(a[0], "Cannot find without on type")) {
            if (!contains(new ArrayList<>(omit), item)) {
                out.add(item);
            }
        }
        return out;
    }

    private static Object has(Object[] a) throws GoFunctionException {
        if (a[1] == null) {
            return false;
        }
        return contains(SprigConvert.listOrFail(a[1], "Cannot find has on type"), a[0]);
    }

    private static Object slice(Object[] a) throws GoFunctionException {
        if (a[0] == null) {
            throw new GoFunctionException(SprigConvert.NIL_DEREFERENCE);
        }
        List<Object> items = SprigConvert.elements(a[0]);
        if (items == null) {
            throw new GoFunctionException("list should be type of slice or array but " + SprigConvert.kind(a[0]));
        }
        if (items.isEmpty()) {
            return null;
        }
        int start = a.length > 1 ? toIntIndex(a[1]) : 0;
        int end = a.length > 2 ? toIntIndex(a[2]) : items.size();
        if (start < 0 || end < start || end > items.size()) {
            throw new GoFunctionException("reflect.Value.Slice: slice index out of range");
        }
        return new ArrayList<>(items.subList(start, end));
    }

    private static int toIntIndex(Object v) {
        return (int) SprigConvert.toInt64(v);
    }

    private static Object concat(Object[] a) throws GoFunctionException {
        List<Object> out = null;
        for (Object list : a) {
            if (list == null) {
                throw new GoFunctionException(SprigConvert.NIL_DEREFERENCE);
            }
            List<Object> items = SprigConvert.elements(list);
            if (items == null) {
                throw new GoFunctionException("Cannot concat type " + SprigConvert.kind(list) + " as list");
            }
            if (!items.isEmpty()) {
                out = out == null ? new ArrayList<>() : out;
                out.addAll(items);
            }
        }
        return out == null ? dev.windlass.gotemplate.GoNilList.INSTANCE : out;
    }

    static List<Object> until(int count) {
        return untilStep(0, count, count < 0 ? -1 : 1);
    }

    static List<Object> untilStep(int start, int stop, int step) {
        List<Object> out = new ArrayList<>();
        if (stop < start) {
            if (step >= 0) {
                return out;
            }
            for (long i = start; i > stop; i += step) {
                out.add((int) i);
            }
            return out;
        }
        if (step <= 0) {
            return out;
        }
        for (long i = start; i < stop; i += step) {
            out.add((int) i);
        }
        return out;
    }

    private static Object seq(Object[] a) {
        int[] p = Arrays.stream(a).mapToInt(x -> ((Number) x).intValue()).toArray();
        List<Object> values;
        switch (p.length) {
            case 1 -> {
                int inc = p[0] < 1 ? -1 : 1;
                values = untilStep(1, p[0] + inc, inc);
            }
            case 2 -> {
                int step = p[1] < p[0] ? -1 : 1;
                values = untilStep(p[0], p[1] + step, step);
            }
            case 3 -> {
                int inc = 1;
                if (p[2] < p[0]) {
                    inc = -1;
                    if (p[1] > 0) {
                        return "";
                    }
                }
                values = untilStep(p[0], p[2] + inc, p[1]);
            }
            default -> {
                return "";
            }
        }
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            out.append(out.length() > 0 ? " " : "").append(v);
        }
        return out.toString();
    }
}
