package dev.windlass.helm.yaml;

import java.util.Comparator;

/**
 * go-yaml v2's order of string map keys: letters compare by code point and sort before
 * non-letters, and runs of digits compare by numeric value ({@code a2} before {@code a10}).
 */
final class YamlV2Keys implements Comparator<String> {

    static final YamlV2Keys ORDER = new YamlV2Keys();

    private YamlV2Keys() {
    }

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b) ? -1 : 1;
    }

    static boolean less(String a, String b) {
        int[] ar = a.codePoints().toArray();
        int[] br = b.codePoints().toArray();
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return bl;
            }
            return digitRunLess(ar, br, i);
        }
        return ar.length < br.length;
    }

    private static boolean digitRunLess(int[] ar, int[] br, int i) {
        long an = 0;
        long bn = 0;
        if (ar[i] == '0' || br[i] == '0') {
            for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                if (ar[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        int ai = i;
        for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
            an = an * 10 + (ar[ai] - '0');
        }
        int bi = i;
        for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
            bn = bn * 10 + (br[bi] - '0');
        }
        if (an != bn) {
            return an < bn;
        }
        if (ai != bi) {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
}
