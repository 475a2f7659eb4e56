package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunc;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Sprig function library (github.com/Masterminds/sprig/v3) as Helm ships it: Sprig's
 * {@code TxtFuncMap} without {@code env} and {@code expandenv}.
 */
public final class Sprig {

    private static final Map<String, GoFunc> FUNCTIONS = build();

    private Sprig() {
    }

    /** Every function of Helm's Sprig map, by name. */
    public static Map<String, GoFunc> functions() {
        return FUNCTIONS;
    }

    private static Map<String, GoFunc> build() {
        Map<String, GoFunc> all = new TreeMap<>();
        for (List<GoFunc> group : List.of(SprigStrings.functions(), SprigLists.functions(), SprigDicts.functions(),
                SprigMath.functions(), SprigDefaults.functions(), SprigEncoding.functions(), SprigPaths.functions(),
                SprigRegex.functions(), SprigDates.functions(), SprigCrypto.functions(), SprigCerts.functions(),
                SprigSemver.functions())) {
            for (GoFunc f : group) {
                all.put(f.name(), f);
            }
        }
        return Collections.unmodifiableMap(all);
    }
}
