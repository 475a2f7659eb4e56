package dev.windlass.gotemplate;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Go's typed nil slice of {@code []interface{}}: an interface value that holds a slice type but no
 * slice. It behaves as an empty list everywhere (length 0, ranges over nothing, prints {@code []},
 * is {@code empty}, has kind {@code slice}), but JSON and YAML marshal it as {@code null}, as
 * {@code encoding/json} does. Sprig's {@code concat} of nothing but empty lists returns one.
 */
public final class GoNilList extends AbstractList<Object> implements RandomAccess {

    /** The one typed nil {@code []interface{}}. */
    public static final GoNilList INSTANCE = new GoNilList();

    private GoNilList() {
    }

    @Override
    public Object get(int index) {
        throw new IndexOutOfBoundsException("index out of range [" + index + "] with length 0");
    }

    @Override
    public int size() {
        return 0;
    }
}
