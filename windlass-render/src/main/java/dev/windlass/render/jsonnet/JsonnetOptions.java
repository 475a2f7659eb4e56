package dev.windlass.render.jsonnet;

import dev.windlass.model.codec.CodecLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Argo CD's {@code spec.source.directory.jsonnet} options, plus the budgets every evaluation runs under.
 *
 * @param libs           library search paths ({@code libs}), relative to the snapshot root; each must stay inside it
 * @param extVars        external variables ({@code extVars}), read with {@code std.extVar}
 * @param tlas           top-level arguments ({@code tlas}), passed when the file evaluates to a function
 * @param timeout        how long one file may evaluate before it is stopped and reported
 * @param maxOutputBytes the largest JSON output one file may produce
 * @param limits         bounds on the Jsonnet sources read and on the JSON output's depth
 */
public record JsonnetOptions(List<String> libs, List<JsonnetVariable> extVars, List<JsonnetVariable> tlas,
                             Duration timeout, long maxOutputBytes, CodecLimits limits) {

    /** No libraries or variables; 10 seconds and 16 MiB of output per file. */
    public static final JsonnetOptions DEFAULT = new JsonnetOptions(List.of(), List.of(), List.of(),
            Duration.ofSeconds(10), 16L << 20, CodecLimits.DEFAULT);

    public JsonnetOptions {
        libs = List.copyOf(libs);
        extVars = List.copyOf(extVars);
        tlas = List.copyOf(tlas);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(limits, "limits");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("maxOutputBytes must be positive, was " + maxOutputBytes);
        }
    }

    public JsonnetOptions withLibs(List<String> value) {
        return new JsonnetOptions(value, extVars, tlas, timeout, maxOutputBytes, limits);
    }

    public JsonnetOptions withExtVars(List<JsonnetVariable> value) {
        return new JsonnetOptions(libs, value, tlas, timeout, maxOutputBytes, limits);
    }

    public JsonnetOptions withTlas(List<JsonnetVariable> value) {
        return new JsonnetOptions(libs, extVars, value, timeout, maxOutputBytes, limits);
    }

    public JsonnetOptions withTimeout(Duration value) {
        return new JsonnetOptions(libs, extVars, tlas, value, maxOutputBytes, limits);
    }

    public JsonnetOptions withMaxOutputBytes(long value) {
        return new JsonnetOptions(libs, extVars, tlas, timeout, value, limits);
    }

    public JsonnetOptions withLimits(CodecLimits value) {
        return new JsonnetOptions(libs, extVars, tlas, timeout, maxOutputBytes, value);
    }
}
