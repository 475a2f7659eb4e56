package dev.windlass.pipelines.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.pipelines.model.Matrix;
import dev.windlass.pipelines.model.MatrixInclude;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixExpansionTest {

    @Test
    void matrix_firstParamVariesSlowest() {
        Matrix matrix = new Matrix(List.of(arr("platform", "linux", "mac"), arr("browser", "safari", "chrome")),
                List.of());

        assertThat(text(MatrixExpansion.combinations(matrix))).containsExactly(
                "platform=linux,browser=safari", "platform=linux,browser=chrome",
                "platform=mac,browser=safari", "platform=mac,browser=chrome");
    }

    @Test
    void matrix_includeAddsToMatchingCombinationsOrBecomesItsOwn() {
        Matrix matrix = new Matrix(List.of(arr("GOARCH", "linux/amd64", "linux/ppc64le", "linux/s390x"),
                arr("version", "go1.17", "go1.18.1")), List.of(
                new MatrixInclude("common-package", List.of(str("package", "path/to/common/package/"))),
                new MatrixInclude("s390x-no-race", List.of(str("GOARCH", "linux/s390x"), str("flags", "-cover -v"))),
                new MatrixInclude("go117-context", List.of(str("version", "go1.17"), str("context", "path/to/go117/context"))),
                new MatrixInclude("non-existent-arch", List.of(str("GOARCH", "I-do-not-exist")))));

        assertThat(text(MatrixExpansion.combinations(matrix))).containsExactly(
                "GOARCH=linux/amd64,version=go1.17,package=path/to/common/package/,context=path/to/go117/context",
                "GOARCH=linux/amd64,version=go1.18.1,package=path/to/common/package/",
                "GOARCH=linux/ppc64le,version=go1.17,package=path/to/common/package/,context=path/to/go117/context",
                "GOARCH=linux/ppc64le,version=go1.18.1,package=path/to/common/package/",
                "GOARCH=linux/s390x,version=go1.17,package=path/to/common/package/,flags=-cover -v,"
                        + "context=path/to/go117/context",
                "GOARCH=linux/s390x,version=go1.18.1,package=path/to/common/package/,flags=-cover -v",
                "GOARCH=I-do-not-exist");
    }

    @Test
    void matrix_onlyIncludesAreEachACombination() {
        Matrix matrix = new Matrix(List.of(), List.of(
                new MatrixInclude("a", List.of(str("IMAGE", "img1"), str("DOCKERFILE", "path/a"))),
                new MatrixInclude("b", List.of(str("IMAGE", "img2")))));

        assertThat(text(MatrixExpansion.combinations(matrix)))
                .containsExactly("IMAGE=img1,DOCKERFILE=path/a", "IMAGE=img2");
    }

    @Test
    void matrix_emptyArrayIsReported() {
        assertThat(MatrixExpansion.hasEmptyArray(new Matrix(List.of(arr("x")), List.of()))).isTrue();
        assertThat(MatrixExpansion.hasEmptyArray(new Matrix(List.of(arr("x", "1")), List.of()))).isFalse();
    }

    @Test
    void matrix_countsCombinations() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add("v" + i);
        }
        Matrix matrix = new Matrix(List.of(new Param("a", ParamValue.of(many)), new Param("b", ParamValue.of(many))),
                List.of());

        assertThat(MatrixExpansion.count(matrix)).isEqualTo(289);
    }

    private static Param arr(String name, String... values) {
        return new Param(name, ParamValue.of(List.of(values)));
    }

    private static Param str(String name, String value) {
        return new Param(name, ParamValue.of(value));
    }

    private static List<String> text(List<List<Param>> combinations) {
        return combinations.stream().map(c -> String.join(",", c.stream()
                .map(p -> p.name() + "=" + ((ParamValue.Str) p.value()).value()).toList())).toList();
    }
}
