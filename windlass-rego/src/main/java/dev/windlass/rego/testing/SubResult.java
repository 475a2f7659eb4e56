package dev.windlass.rego.testing;

import java.util.List;

/**
  * One named case of a test written as a partial object ({@code test_cases[note] if {…}}): the
  * case passes when its value is {@code true}; an object value nests further cases.
  *
  * @param name the object key
  * @param fail whether this case, or any case nested in it, failed
  * @param children the nested cases, by name
  */
public record SubResult(String name, boolean fail, List<SubResult> children) {
    public SubResult {
        children = List.copyOf(children);
    }
}
