package dev.windlass.kustomize;

import java.util.Comparator;

/**
 * The order in which kustomize prints map keys. kustomize turns each object into JSON and then into
 * YAML with Go's YAML v2 encoder, which sorts keys "naturally" rather than by bytes: letters come
 * after every other character ({@code NAME_LABEL} before {@code NAMESPACE_LABEL}, {@code jwks_uri}
 * before {@code jwksUri}), and runs of digits compare as numbers ({@code port9} before
 * {@code port10}).
 */
final class GoYamlKeyOrder implements Comparator<String> {

    static final GoYamlKeyOrder INSTANCE = new GoYamlKeyOrder();

    private GoYamlKeyOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int[] ar = a.codePoints().toArray();
        int[] br = b.codePoints().toArray();
        if (less(ar, br)) {
            return -1;
        }
        return less(br, ar) ? 1 : a.compareTo(b);
    }

    /** Whether {@code a} sorts before {@code b}. */
    private static boolean less(int[] a, int[] b) {
        for (int i = 0; i < a.length && i < b.length; i++) {
            if (a[i] == b[i]) {
                continue;
            }
            boolean aLetter = Character.isLetter(a[i]);
            boolean bLetter = Character.isLetter(b[i]);
            if (aLetter && bLetter) {
                return a[i] < b[i];
            }
            if (aLetter || bLetter) {
                return bLetter;
            }
            return digitsLess(a, b, i);
        }
        return a.length < b.length;
    }

    /**
     * Compares at the first difference, neither a letter: the digit runs starting there as numbers
     * (a shorter run first when equal), else the characters themselves. Overflow wraps as in Go.
     */
    private static boolean digitsLess(int[] a, int[] b, int i) {
        long an = 0;
        long bn = 0;
        if (a[i] == '0' || b[i] == '0') {
            for (int j = i - 1; j >= 0 && Character.isDigit(a[j]); j--) {
                if (a[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        int ai = i;
        while (ai < a.length && Character.isDigit(a[ai])) {
            an = an * 10 + (a[ai] - '0');
            ai++;
        }
        int bi = i;
        while (bi < b.length && Character.isDigit(b[bi])) {
            bn = bn * 10 + (b[bi] - '0');
            bi++;
        }
        if (an != bn) {
            return an < bn;
        }
        if (ai != bi) {
            return ai < bi;
        }
        return a[i] < b[i];
    }
}
