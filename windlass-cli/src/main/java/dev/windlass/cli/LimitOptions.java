package dev.windlass.cli;

import dev.windlass.model.codec.CodecLimits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --max-*} options shared by every command that reads manifests; each raises (or
 * lowers) one of the {@link CodecLimits}. Options not given keep {@link CodecLimits#DEFAULT}.
 * Used as a picocli {@code @Mixin}.
 */
public final class LimitOptions {

    @ArgGroup(validate = false, heading = "%nLimits (raise one when a refused input is legitimate):%n", order = 100)
    Values values = new Values();

    /** The limits these options describe. */
    public CodecLimits limits() {
        Values v = values == null ? new Values() : values;
        CodecLimits limits = CodecLimits.DEFAULT;
        if (v.maxFileSize != null) {
            limits = limits.withMaxFileBytes(v.maxFileSize);
        }
        if (v.maxDocumentSize != null) {
            limits = limits.withMaxDocumentBytes(v.maxDocumentSize);
        }
        if (v.maxDepth != null) {
            limits = limits.withMaxDepth(v.maxDepth);
        }
        if (v.maxDocuments != null) {
            limits = limits.withMaxDocuments(v.maxDocuments);
        }
        if (v.maxAliasNodes != null) {
            limits = limits.withMaxAliasNodes(v.maxAliasNodes);
        }
        return limits;
    }

    /** The option fields, grouped under their own heading in {@code --help}. */
    static final class Values {
        @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class, order = 101,
                description = "Largest file read (default: 32Mi). Sizes take Ki, Mi, Gi or k, M, G.")
        Long maxFileSize;

        @Option(names = "--max-document-size", paramLabel = "SIZE", converter = ByteSize.class, order = 102,
                description = "Largest single YAML document (default: 3Mi).")
        Long maxDocumentSize;

        @Option(names = "--max-depth", paramLabel = "N", converter = PositiveInt.class, order = 103,
                description = "Deepest nesting of maps and lists (default: 256).")
        Integer maxDepth;

        @Option(names = "--max-documents", paramLabel = "N", converter = PositiveInt.class, order = 104,
                description = "Most documents in one file (default: 10000).")
        Integer maxDocuments;

        @Option(names = "--max-alias-nodes", paramLabel = "N", converter = NonNegativeLong.class, order = 105,
                description = "Most nodes YAML aliases may expand to in one document (default: 100000).")
        Long maxAliasNodes;
    }

    /** Reads a byte count: {@code 1048576}, {@code 64Mi}, {@code 3M}, {@code 512Ki}, {@code 1G}. */
    static final class ByteSize implements ITypeConverter<Long> {
        private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(|k|K|Ki|M|Mi|G|Gi)(B|b)?");

        @Override
        public Long convert(String text) {
            Matcher matcher = FORM.matcher(text.trim());
            if (!matcher.matches()) {
                throw new TypeConversionException(CliMessages.invalidSize(text));
            }
            long multiplier = multiplier(matcher.group(2));
            try {
                long value = Math.multiplyExact(Long.parseLong(matcher.group(1)), multiplier);
                if (value <= 0) {
                    throw new TypeConversionException(CliMessages.notPositive(text));
                }
                return value;
            } catch (ArithmeticException | NumberFormatException e) {
                throw new TypeConversionException(CliMessages.invalidSize(text));
            }
        }

        private static long multiplier(String unit) {
            return switch (unit.toLowerCase(Locale.ROOT)) {
                case "k" -> 1_000L;
                case "ki" -> 1L << 10;
                case "m" -> 1_000_000L;
                case "mi" -> 1L << 20;
                case "g" -> 1_000_000_000L;
                case "gi" -> 1L << 30;
                default -> 1L;
            };
        }
    }

    /** Reads a count that must be at least 1. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int value = (int) parseCount(text, Integer.MAX_VALUE);
            if (value <= 0) {
                throw new TypeConversionException(CliMessages.notPositive(text));
            }
            return value;
        }
    }

    /** Reads a count that may be 0. */
    static final class NonNegativeLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            long value = parseCount(text, Long.MAX_VALUE);
            if (value < 0) {
                throw new TypeConversionException(CliMessages.negative(text));
            }
            return value;
        }
    }

    private static long parseCount(String text, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value > max) {
                throw new TypeConversionException(CliMessages.notACount(text));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new TypeConversionException(CliMessages.notACount(text));
        }
    }
}
