package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunc;
import java.util.Map;

/**
 * The Sprig function library (github.com/Masterminds/sprig/v3) as Helm ships it: Sprig's
 * {@code TxtFuncMap} without {@code env} and {@code expandenv}.
 */
public final class Sprig {

    private Sprig() {
    }

    /** Every function of Helm's Sprig map, by name. */
    public static Map<String, GoFunc> functions() {
        throw new UnsupportedOperationException("not written yet");
    }
}
