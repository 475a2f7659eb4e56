package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrettyTableTest {

    @Test
    void render_centresTheHeaderAndLeftAlignsCells() {
        String table = PrettyTable.render(List.of("x", "name"), List.of(List.of("1", "\"a\""), List.of("100", "\"bob\"")));

        assertThat(table).isEqualTo("""
                ┌─────┬───────┐
                │  x  │ name  │
                ├─────┼───────┤
                │ 1   │ "a"   │
                │ 100 │ "bob" │
                └─────┴───────┘
                """);
    }
}
