package dev.windlass.cli.app;

import java.io.Console;

/** Asks the user a yes/no question on the terminal; without a terminal nothing can be confirmed. */
interface Confirmation {

    /** Whether a person can be asked (standard input and output are a terminal). */
    boolean interactive();

    /** Asks {@code question}; true for an answer starting with {@code y}. */
    boolean confirm(String question);

    /** The process' terminal, when it has one. */
    static Confirmation console() {
        return new Confirmation() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public boolean confirm(String question) {
                Console console = System.console();
                String answer = console == null ? null : console.readLine("%s", question);
                return answer != null && answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
            }
        };
    }
}
