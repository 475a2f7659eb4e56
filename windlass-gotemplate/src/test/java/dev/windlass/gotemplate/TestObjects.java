package dev.windlass.gotemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Functions and Go objects the table-driven tests use. */
final class TestObjects {

    private TestObjects() {
    }

    static Map<String, GoFunc> funcs() {
        Map<String, GoFunc> funcs = new LinkedHashMap<>();
        funcs.put("printLen", GoFunc.of("printLen", a -> ((String) a[0]).length(), GoType.STRING));
        funcs.put("concat", GoFunc.of("concat", a -> (String) a[0] + a[1], GoType.STRING, GoType.STRING));
        funcs.put("join", GoFunc.variadic("join", GoType.STRING, a -> {
            StringBuilder out = new StringBuilder((String) a[0]);
            for (int i = 1; i < a.length; i++) {
                out.append('|').append(a[i]);
            }
            return out.toString();
        }, GoType.STRING));
        funcs.put("typeOf", GoFunc.of("typeOf", a -> GoValues.typeName(a[0]), GoType.ANY));
        funcs.put("isNil", GoFunc.of("isNil", a -> a[0] == null, GoType.ANY));
        funcs.put("add", GoFunc.of("add", a -> (Integer) a[0] + (Integer) a[1], GoType.INT, GoType.INT));
        funcs.put("add64", GoFunc.of("add64", a -> (Long) a[0] + 1, GoType.INT64));
        funcs.put("half", GoFunc.of("half", a -> (Double) a[0] / 2 > 1 ? "big" : "small", GoType.FLOAT64));
        funcs.put("flip", GoFunc.of("flip", a -> !(Boolean) a[0], GoType.BOOL));
        funcs.put("count", GoFunc.of("count", a -> a[0] == null ? 0 : ((List<?>) a[0]).size(), GoType.LIST));
        funcs.put("keys", GoFunc.of("keys", a -> ((Map<?, ?>) a[0]).size(), GoType.MAP));
        funcs.put("words", GoFunc.of("words", a -> String.join("+", (List<String>) (List<?>) a[0]),
                GoType.STRING_LIST));
        funcs.put("fail", GoFunc.of("fail", a -> {
            throw new GoFunctionException((String) a[0]);
        }, GoType.STRING));
        funcs.put("boom", GoFunc.of("boom", a -> {
            throw new IllegalStateException("custom panic string");
        }));
        funcs.put("nothing", GoFunc.of("nothing", a -> null));
        funcs.put("adder", GoFunc.of("adder", a -> plus()));
        return funcs;
    }

    static GoFunc plus() {
        return GoFunc.of("plus", b -> (Integer) b[0] + (Integer) b[1], GoType.INT, GoType.INT);
    }

    /** A struct with a field, a nil field, a nested struct and methods with and without arguments. */
    static GoObject sample() {
        return new Sample("pointer", true);
    }

    private record Sample(String label, boolean withChild) implements GoObject {
        @Override
        public String goTypeName() {
            return "*test.Sample";
        }

        @Override
        public GoMember member(String name) {
            return switch (name) {
                case "Name" -> GoMember.field(label);
                case "Nothing" -> GoMember.field(null);
                case "Child" -> withChild ? GoMember.field(new Sample("child", false)) : GoMember.field(null);
                case "Greet" -> GoMember.method(GoFunc.of("Greet", a -> "hi " + a[0] + " from " + label,
                        GoType.STRING));
                case "Upper" -> GoMember.method(GoFunc.of("Upper", a -> label.toUpperCase()));
                case "Sum" -> GoMember.method(GoFunc.variadic("Sum", GoType.INT, a -> {
                    int sum = 0;
                    for (Object o : a) {
                        sum += (Integer) o;
                    }
                    return sum;
                }));
                default -> null;
            };
        }
    }
}
