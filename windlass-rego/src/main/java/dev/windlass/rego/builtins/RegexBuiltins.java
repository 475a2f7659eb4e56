package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
  * Regular expressions with Go's RE2 syntax and semantics: {@code regex.match} (and the deprecated
  * {@code re_match}), {@code regex.is_valid split find_n find_all_string_submatch_n replace
  * template_match globs_match}.
  */
final class RegexBuiltins {
    private RegexBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("regex.match", 2, (ctx, args) -> match(ctx, Args.of("regex.match", args)));
        registrar.add("re_match", 2, (ctx, args) -> match(ctx, Args.of("re_match", args)));
        registrar.add("regex.is_valid", 1, (ctx, args) -> {
            if (!(args.get(0) instanceof StringValue s)) {
                return BoolValue.FALSE;
            }
            try {
                GoRegex.compile(s.value());
                return BoolValue.TRUE;
            } catch (RegexTranslator.RegexSyntaxException e) {
                return BoolValue.FALSE;
            }
        });
        registrar.add("regex.split", 2, (ctx, args) -> {
            Args a = Args.of("regex.split", args);
            GoRegex re = compile(a, a.string(0));
            String s = a.string(1);
            return budgeted(a, () -> strings(re.split(s, ctx)));
        });
        registrar.add("regex.find_n", 3, (ctx, args) -> findN(ctx, Args.of("regex.find_n", args)));
        registrar.add("regex.find_all_string_submatch_n", 3,
                (ctx, args) -> submatches(ctx, Args.of("regex.find_all_string_submatch_n", args)));
        registrar.add("regex.replace", 3, (ctx, args) -> {
            Args a = Args.of("regex.replace", args);
            String base = a.string(0);
            String pattern = a.string(1);
            String template = a.string(2);
            GoRegex re = compile(a, pattern);
            return budgeted(a, () -> StringValue.of(re.replace(base, template, ctx)));
        });
        registrar.add("regex.template_match", 4, (ctx, args) -> RegexTemplate.match(ctx, Args.of("regex.template_match", args)));
        registrar.add("regex.globs_match", 2, (ctx, args) -> GlobIntersection.globsMatch(Args.of("regex.globs_match", args)));
    }

    static GoRegex compile(Args a, String pattern) throws BuiltinException {
        try {
            return GoRegex.compile(pattern);
        } catch (RegexTranslator.RegexSyntaxException e) {
            throw a.failed(e.getMessage());
        }
    }

    /** Runs a match, turning a spent budget inside java.util.regex back into the budget's exception. */
    static Value budgeted(Args a, java.util.function.Supplier<Value> run) throws BuiltinException {
        try {
            return run.get();
        } catch (BudgetedText.Exhausted e) {
            throw e.builtinException();
        } catch (StackOverflowError e) {
            // java.util.regex recurses per repetition of a group; RE2 does not, so this is ours to report.
            throw a.failed("pattern too complex for an input this long");
        }
    }

    private static Value match(BuiltinContext ctx, Args a) throws BuiltinException {
        String pattern = a.string(0);
        String s = a.string(1);
        GoRegex re = compile(a, pattern);
        return budgeted(a, () -> BoolValue.of(re.matches(s, ctx)));
    }

    private static Value strings(List<String> items) {
        List<Value> out = new ArrayList<>(items.size());
        items.forEach(s -> out.add(StringValue.of(s)));
        return new ArrayValue(out);
    }

    private static Value findN(BuiltinContext ctx, Args a) throws BuiltinException {
        String pattern = a.string(0);
        String s = a.string(1);
        long n = a.integer(2);
        GoRegex re = compile(a, pattern);
        List<String> out = new ArrayList<>();
        budgeted(a, () -> {
            re.findAll(s, limit(n, s), ctx).forEach(m -> out.add(s.substring(m[0], m[1])));
            return null;
        });
        return strings(out);
    }

    private static Value submatches(BuiltinContext ctx, Args a) throws BuiltinException {
        String pattern = a.string(0);
        String s = a.string(1);
        long n = a.integer(2);
        GoRegex re = compile(a, pattern);
        List<Value> out = new ArrayList<>();
        List<int[]> matches = new ArrayList<>();
        budgeted(a, () -> {
            matches.addAll(re.findAll(s, limit(n, s), ctx));
            return null;
        });
        for (int[] m : matches) {
            List<String> groups = new ArrayList<>();
            for (int g = 0; g < m.length; g += 2) {
                groups.add(m[g] < 0 ? "" : s.substring(m[g], m[g + 1]));
            }
            out.add(strings(groups));
        }
        return new ArrayValue(out);
    }

    /** Go treats any negative n as "all"; larger n than possible matches is the same as all. */
    private static int limit(long n, String s) {
        return n < 0 ? -1 : (int) Math.min(n, s.length() + 1L);
    }
}
