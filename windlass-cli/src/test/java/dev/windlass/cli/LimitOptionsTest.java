package dev.windlass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.TypeConversionException;

class LimitOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        LimitOptions options;
    }

    @ParameterizedTest(name = "{0} = {1} bytes")
    @CsvSource({
        "1048576, 1048576", "32Mi, 33554432", "3M, 3000000", "512Ki, 524288", "100k, 100000", "2K, 2000",
        "1Gi, 1073741824", "1G, 1000000000", "64MiB, 67108864", "' 7 ', 7"})
    void byteSize_readsBytesAndUnits(String text, long bytes) {
        assertThat(new LimitOptions.ByteSize().convert(text)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"", "12XB", "-1", "1.5Mi", "Mi", "0", "99999999999999999999", "9999999999Gi"})
    void byteSize_refusesWhatIsNotAPositiveSize(String text) {
        assertThatThrownBy(() -> new LimitOptions.ByteSize().convert(text)).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void limits_defaultToCodecDefaults() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs();

        assertThat(probe.options.limits()).isEqualTo(CodecLimits.DEFAULT);
    }

    @Test
    void limits_takeEveryOption() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs("--max-file-size", "64Mi", "--max-document-size", "4Mi", "--max-depth", "32",
                "--max-documents", "5", "--max-alias-nodes", "0");

        assertThat(probe.options.limits()).isEqualTo(new CodecLimits(64L << 20, 4L << 20, 32, 5, 0));
    }

    @Test
    void counts_refuseNonNumbersAndNonPositiveValues() {
        assertThatThrownBy(() -> new LimitOptions.PositiveInt().convert("ten")).hasMessage("'ten' is not a whole number");
        assertThatThrownBy(() -> new LimitOptions.PositiveInt().convert("0")).hasMessage("'0' must be greater than zero");
        assertThatThrownBy(() -> new LimitOptions.PositiveInt().convert("3000000000")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> new LimitOptions.NonNegativeLong().convert("-1")).hasMessage("'-1' must not be negative");
    }
}
