package dev.windlass.rego.value;

/**
  * A Rego value: what a term evaluates to. Values are immutable, compare in OPA's total order
  * (null &lt; boolean &lt; number &lt; string &lt; array &lt; object &lt; set), and are equal when that
  * order says so ({@code 1 == 1.0}). "Undefined" is not a value: evaluation code represents it by
  * the absence of one ({@code null} in Java).
  */
public sealed interface Value extends Comparable<Value>
        permits NullValue, BoolValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

    /** OPA's type name, as in error messages and {@code type_name}: null, boolean, number, string, array, object, set. */
    String typeName();

    /** The position of this value's type in OPA's sort order. */
    int typeRank();

    @Override
    default int compareTo(Value other) {
        return ValueOrder.compare(this, other);
    }

    /** The value as compact JSON, sets written as arrays; see {@link Values#toJson}. */
    default String toJson() {
        return Values.toJson(this);
    }
}
