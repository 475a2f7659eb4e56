package dev.windlass.pipelines.model;

import java.util.List;

/** An explicit combination of a matrix ({@code matrix.include[]}). */
public record MatrixInclude(String name, List<Param> params) {

    public MatrixInclude {
        params = List.copyOf(params);
    }
}
