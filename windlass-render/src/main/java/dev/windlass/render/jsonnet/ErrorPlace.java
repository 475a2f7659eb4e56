package dev.windlass.render.jsonnet;

import dev.windlass.model.Location;

/**
 * Where an sjsonnet error happened, as {@code file:line:col}. sjsonnet 0.4.9 exposes an error's
 * innermost frame as a stack trace element whose file name is {@code path:line} and whose line
 * number is the column; without a frame the error is placed at the evaluated file.
 */
final class ErrorPlace {

    private ErrorPlace() {
    }

    static Location of(sjsonnet.Error error, String fallbackFile) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String name = frame.getFileName();
            int colon = name == null ? -1 : name.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            try {
                int line = Integer.parseInt(name.substring(colon + 1));
                int column = frame.getLineNumber();
                if (line > 0 && column > 0) {
                    return Location.at(name.substring(0, colon), line, column);
                }
            } catch (NumberFormatException e) {
                // "path offset:" form: sjsonnet could not compute a line; try the next frame
            }
        }
        return Location.file(fallbackFile);
    }
}
