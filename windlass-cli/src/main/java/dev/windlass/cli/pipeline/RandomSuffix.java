package dev.windlass.cli.pipeline;

import java.security.SecureRandom;

/** The five random lowercase letters and digits the API server appends to a {@code generateName}. */
final class RandomSuffix {

    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSuffix() {
    }

    static String next() {
        StringBuilder out = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
