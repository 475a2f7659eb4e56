package dev.windlass.rego.ast;

/**
  * A place in Rego source text: the file name as given to the parser, and a 1-based line and column.
  *
  * @param file the file name used in messages
  * @param line the 1-based line
  * @param column the 1-based column (counted in UTF-16 code units)
  */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
