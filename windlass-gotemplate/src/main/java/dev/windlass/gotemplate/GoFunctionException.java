package dev.windlass.gotemplate;

/**
 * The error a template function returns (Go's second {@code error} result). Its message is the
 * text Go's error would have; the executor adds the template position and {@code error calling NAME:}.
 */
public class GoFunctionException extends Exception {

    private static final long serialVersionUID = 1L;

    public GoFunctionException(String message) {
        super(message);
    }

    public GoFunctionException(String message, Throwable cause) {
        super(message, cause);
    }
}
