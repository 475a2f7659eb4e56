package dev.windlass.rego.builtins;

import java.math.BigInteger;

/**
  * An IP network as Go's {@code net.IPNet}: the network bytes (4 for IPv4, 16 for IPv6), the prefix
  * length, and the address it prints with (the masked network for a parsed CIDR).
  *
  * @param network the masked network address
  * @param prefix the prefix length
  * @param shown the address {@link #toString()} prints
  */
record CidrRange(byte[] network, int prefix, byte[] shown) {
    /** Go's {@code net.ParseCIDR}, or null when the text is not a CIDR. */
    static CidrRange parse(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        byte[] ip = CidrAddresses.parse(s.substring(0, slash));
        String bits = s.substring(slash + 1);
        if (ip == null || bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > ip.length * 8) {
            return null;
        }
        if (CidrAddresses.isV4Mapped(ip) && prefix >= 96) {
            ip = CidrAddresses.to4(ip);
            prefix -= 96;
        }
        byte[] masked = mask(ip, prefix);
        return new CidrRange(masked, prefix, masked);
    }

    static byte[] mask(byte[] ip, int prefix) {
        BigInteger value = CidrAddresses.toInteger(ip);
        int bits = ip.length * 8;
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        return CidrAddresses.fromInteger(value.andNot(hostMask), ip.length);
    }

    int bits() {
        return network.length * 8;
    }

    BigInteger first() {
        return CidrAddresses.toInteger(network);
    }

    BigInteger last() {
        return first().or(BigInteger.ONE.shiftLeft(bits() - prefix).subtract(BigInteger.ONE));
    }

    /** Go's {@code IPNet.Contains}: same family and inside the range. */
    boolean contains(byte[] ip) {
        byte[] v4 = CidrAddresses.to4(ip);
        byte[] candidate = v4 != null ? v4 : ip;
        if (candidate.length != network.length) {
            return false;
        }
        BigInteger value = CidrAddresses.toInteger(candidate);
        return value.compareTo(first()) >= 0 && value.compareTo(last()) <= 0;
    }

    boolean contains(CidrRange other) {
        return contains(other.network) && contains(CidrAddresses.fromInteger(other.last(), other.network.length));
    }

    @Override
    public String toString() {
        return CidrAddresses.format(shown) + "/" + prefix;
    }
}
