package dev.windlass.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The {@code index}, {@code slice} and {@code call} built-ins with Go's error texts. */
final class Indexing {

    private Indexing() {
    }

    private static int indexArg(Object index, int cap) throws GoFunctionException {
        Object i = Compare.indirect(index);
        if (i == Sentinel.NO_VALUE) {
            throw new GoFunctionException("cannot index slice/array with nil");
        }
        if (!Values.isInteger(i)) {
            throw new GoFunctionException("cannot index slice/array with type " + Values.typeName(i));
        }
        long x = ((Number) i).longValue();
        if (x < 0 || x > cap) {
            throw new GoFunctionException("index out of range: " + x);
        }
        return (int) x;
    }

    static Object index(Object item, Object... indexes) throws GoFunctionException {
        Object current = Compare.indirect(item);
        if (current == Sentinel.NO_VALUE) {
            throw new GoFunctionException("index of untyped nil");
        }
        for (Object index : indexes) {
            if (current == null) {
                throw new GoFunctionException("index of nil pointer");
            }
            current = indexOnce(current, index);
        }
        return current;
    }

    private static Object indexOnce(Object item, Object index) throws GoFunctionException {
        if (item instanceof List<?> list) {
            int x = indexArg(index, list.size());
            if (x == list.size()) {
                throw new GoFunctionException("index out of range: " + x);
            }
            return list.get(x);
        }
        if (item instanceof String || item instanceof byte[]) {
            byte[] bytes = item instanceof String str ? str.getBytes(StandardCharsets.UTF_8) : (byte[]) item;
            int x = indexArg(index, bytes.length);
            if (x == bytes.length) {
                throw new GoFunctionException("index out of range: " + x);
            }
            return bytes[x] & 0xff;
        }
        if (item instanceof Map<?, ?> map) {
            Object key = Compare.indirect(index);
            if (key == Sentinel.NO_VALUE) {
                return map.get(null);
            }
            if (!(key instanceof String)) {
                throw new GoFunctionException("value has type " + Values.typeName(key) + "; should be string");
            }
            return map.get(key);
        }
        throw new GoFunctionException("can't index item of type " + Values.typeName(item));
    }

    static Object slice(Object item, Object... indexes) throws GoFunctionException {
        Object value = Compare.indirect(item);
        if (value == Sentinel.NO_VALUE) {
            throw new GoFunctionException("slice of untyped nil");
        }
        if (indexes.length > 3) {
            throw new GoFunctionException("too many slice indexes: " + indexes.length);
        }
        int len;
        if (value instanceof String str) {
            if (indexes.length == 3) {
                throw new GoFunctionException("cannot 3-index slice a string");
            }
            len = GoQuote.utf8Length(str);
        } else if (value instanceof List<?> list) {
            len = list.size();
        } else if (value instanceof byte[] bytes) {
            len = bytes.length;
        } else {
            throw new GoFunctionException("can't slice item of type " + Values.typeName(value));
        }
        int[] idx = {0, len, len};
        for (int i = 0; i < indexes.length; i++) {
            idx[i] = indexArg(indexes[i], len);
        }
        if (idx[0] > idx[1]) {
            throw new GoFunctionException("invalid slice index: " + idx[0] + " > " + idx[1]);
        }
        if (indexes.length == 3 && idx[1] > idx[2]) {
            throw new GoFunctionException("invalid slice index: " + idx[1] + " > " + idx[2]);
        }
        if (value instanceof String str) {
            byte[] bytes = str.getBytes(StandardCharsets.UTF_8);
            return new String(Arrays.copyOfRange(bytes, idx[0], idx[1]), StandardCharsets.UTF_8);
        }
        if (value instanceof byte[] bytes) {
            return Arrays.copyOfRange(bytes, idx[0], idx[1]);
        }
        return new java.util.ArrayList<Object>(((List<?>) value).subList(idx[0], idx[1]));
    }

    /** Go's {@code call}: calls a function value with converted arguments. */
    static Object call(String name, Object fn, Object... args) throws GoFunctionException {
        Object f = Compare.indirect(fn);
        if (f == Sentinel.NO_VALUE) {
            throw new GoFunctionException("call of nil");
        }
        if (!(f instanceof GoFunc func)) {
            throw new GoFunctionException("non-function " + name + " of type " + Values.typeName(f));
        }
        int numIn = func.params().size();
        if (func.isVariadic()) {
            if (args.length < numIn) {
                throw new GoFunctionException("wrong number of args for " + name + ": got " + args.length
                        + " want at least " + numIn);
            }
        } else if (args.length != numIn) {
            throw new GoFunctionException("wrong number of args for " + name + ": got " + args.length + " want "
                    + numIn);
        }
        Object[] argv = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            GoType type = i < numIn ? func.params().get(i) : func.variadic();
            argv[i] = prepareArg(i, Compare.indirect(args[i]), type);
        }
        return func.body().call(argv);
    }

    private static Object prepareArg(int i, Object value, GoType type) throws GoFunctionException {
        if (value == Sentinel.NO_VALUE) {
            if (!Calls.canBeNil(type)) {
                throw new GoFunctionException("arg " + i + ": value is nil; should be of type " + type.goName());
            }
            return null;
        }
        if (Calls.assignable(value, type)) {
            return value;
        }
        if (Values.isInteger(value) && type == GoType.INT64) {
            return ((Number) value).longValue();
        }
        if (Values.isInteger(value) && type == GoType.INT) {
            return ((Number) value).intValue();
        }
        throw new GoFunctionException("arg " + i + ": value has type " + Values.typeName(value) + "; should be "
                + type.goName());
    }
}
