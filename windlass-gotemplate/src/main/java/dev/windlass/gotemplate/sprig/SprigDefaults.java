package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.BOOL;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunction;
import dev.windlass.gotemplate.GoFunctionException;
import java.util.ArrayList;
import java.util.List;

/** Sprig's defaults, JSON, flow-control and reflection functions (defaults.go, reflect.go). */
final class SprigDefaults {

    private SprigDefaults() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.variadic("default", ANY,
                a -> a.length < 2 || SprigConvert.empty(a[1]) ? a[0] : a[1], ANY));
        f.add(GoFunc.of("empty", a -> SprigConvert.empty(a[0]), ANY));
        f.add(GoFunc.variadic("coalesce", ANY, a -> {
            for (Object v : a) {
                if (!SprigConvert.empty(v)) {
                    return v;
                }
            }
            return null;
        }));
        f.add(GoFunc.variadic("all", ANY, a -> {
            for (Object v : a) {
                if (SprigConvert.empty(v)) {
                    return false;
                }
            }
            return true;
        }));
        f.add(GoFunc.variadic("any", ANY, a -> {
            for (Object v : a) {
                if (!SprigConvert.empty(v)) {
                    return true;
                }
            }
            return false;
        }));
        f.add(GoFunc.of("ternary", a -> (Boolean) a[2] ? a[0] : a[1], ANY, ANY, BOOL));
        f.add(GoFunc.of("fromJson", a -> fromJson((String) a[0]), STRING));
        f.add(GoFunc.of("mustFromJson", a -> SprigJson.unmarshal((String) a[0]), STRING));
        json(f, "toJson", "mustToJson", a -> SprigJson.marshal(a[0], true, ""));
        json(f, "toPrettyJson", "mustToPrettyJson", a -> SprigJson.marshal(a[0], true, "  "));
        f.add(GoFunc.of("toRawJson", a -> SprigJson.marshal(a[0], false, ""), ANY));
        f.add(GoFunc.of("mustToRawJson", a -> SprigJson.marshal(a[0], false, ""), ANY));
        f.add(GoFunc.of("deepCopy", a -> SprigConvert.deepCopy(a[0]), ANY));
        f.add(GoFunc.of("mustDeepCopy", a -> SprigConvert.deepCopy(a[0]), ANY));
        f.add(GoFunc.of("typeOf", a -> GoFmt.sprintf("%T", a[0]), ANY));
        f.add(GoFunc.of("typeIs", a -> a[0].equals(GoFmt.sprintf("%T", a[1])), STRING, ANY));
        f.add(GoFunc.of("typeIsLike", a -> {
            String t = GoFmt.sprintf("%T", a[1]);
            return a[0].equals(t) || ("*" + a[0]).equals(t);
        }, STRING, ANY));
        f.add(GoFunc.of("kindOf", a -> SprigConvert.kind(a[0]), ANY));
        f.add(GoFunc.of("kindIs", a -> a[0].equals(SprigConvert.kind(a[1])), STRING, ANY));
        f.add(GoFunc.of("deepEqual", a -> SprigConvert.deepEqual(a[0], a[1]), ANY, ANY));
        f.add(GoFunc.of("fail", a -> {
            throw new GoFunctionException((String) a[0]);
        }, STRING));
        f.add(GoFunc.of("getHostByName", a -> {
            throw new GoFunctionException("lookup " + a[0] + ": network access is disabled");
        }, STRING));
        f.add(GoFunc.of("hello", a -> "Hello!"));
        return f;
    }

    private static void json(List<GoFunc> f, String name, String must, GoFunction body) {
        f.add(GoFunc.of(name, a -> {
            try {
                return body.call(a);
            } catch (GoFunctionException e) {
                return "";
            }
        }, ANY));
        f.add(GoFunc.of(must, body, ANY));
    }

    private static Object fromJson(String text) {
        try {
            return SprigJson.unmarshal(text);
        } catch (GoFunctionException e) {
            return null;
        }
    }
}
