package dev.windlass.gotemplate;

/**
 * The body of a function callable from templates. Arguments arrive already converted to the
 * parameter types its {@link GoFunc} declares (variadic arguments follow the fixed ones in the same
 * array). A Go function that returns {@code (value, error)} throws {@link GoFunctionException} for
 * the error; the executor reports it as {@code error calling NAME: MESSAGE}.
 */
@FunctionalInterface
public interface GoFunction {

    Object call(Object[] args) throws GoFunctionException;
}
