package dev.windlass.render;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import java.util.Objects;

/**
 * Argo CD's {@code spec.source.directory} options.
 *
 * @param recurse  read subdirectories too ({@code directory.recurse}, default false)
 * @param include  only files whose path relative to the source path matches this glob
 *                 ({@code directory.include}, Argo CD's syntax with {@code {a,b}}); empty means all
 * @param exclude  skip files whose relative path matches this glob ({@code directory.exclude}); empty means none
 * @param limits   bounds on what is read
 * @param schema   how plain YAML scalars are typed (kubectl's reading by default)
 */
public record DirectoryOptions(boolean recurse, String include, String exclude, CodecLimits limits, ScalarSchema schema) {

    public static final DirectoryOptions DEFAULT =
            new DirectoryOptions(false, "", "", CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    public DirectoryOptions {
        include = include == null ? "" : include;
        exclude = exclude == null ? "" : exclude;
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(schema, "schema");
    }

    public DirectoryOptions withRecurse(boolean value) {
        return new DirectoryOptions(value, include, exclude, limits, schema);
    }

    public DirectoryOptions withInclude(String value) {
        return new DirectoryOptions(recurse, value, exclude, limits, schema);
    }

    public DirectoryOptions withExclude(String value) {
        return new DirectoryOptions(recurse, include, value, limits, schema);
    }

    public DirectoryOptions withLimits(CodecLimits value) {
        return new DirectoryOptions(recurse, include, exclude, value, schema);
    }
}
