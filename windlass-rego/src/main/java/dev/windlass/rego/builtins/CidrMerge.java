package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
  * {@code net.cidr_merge}: the smallest set of CIDRs covering the given networks and addresses.
  * As in OPA, a bare IPv4 address stands for its classful network ({@code 10.1.2.3} is
  * {@code 10.1.2.3/8}), a bare IPv6 address is an error, and ranges compare in the IPv6 space
  * (IPv4 mapped under {@code ::ffff:0:0/96}).
  */
final class CidrMerge {
    private static final BigInteger V4_MAPPED = BigInteger.valueOf(0xffffL).shiftLeft(32);

    private CidrMerge() {}

    /** A range in the 128-bit space; {@code network} is null once merged. */
    private record Block(BigInteger first, BigInteger last, boolean v4, CidrRange network) {}

    static Value merge(Args a) throws BuiltinException {
        Value operand = a.any(0);
        Collection<Value> items;
        if (operand instanceof ArrayValue arr) {
            items = arr.items();
        } else if (operand instanceof SetValue set) {
            items = set.members();
        } else {
            throw a.failed("operand must be an array");
        }
        List<Block> blocks = new ArrayList<>();
        for (Value item : items) {
            blocks.add(block(a, item));
        }
        mergeAdjacent(blocks);
        TreeSet<Value> out = new TreeSet<>();
        for (Block b : blocks) {
            if (b.network() != null) {
                out.add(StringValue.of(b.network().toString()));
            } else {
                for (String cidr : rangeToCidrs(b)) {
                    out.add(StringValue.of(cidr));
                }
            }
        }
        return SetValue.of(out);
    }

    /** Sorts by (last, first) and merges each block into the one before when they touch or overlap. */
    private static void mergeAdjacent(List<Block> blocks) {
        blocks.sort(Comparator.comparing(Block::last).thenComparing(Block::first));
        for (int i = blocks.size() - 1; i > 0; i--) {
            Block current = blocks.get(i);
            Block previous = blocks.get(i - 1);
            BigInteger before = current.first().signum() == 0 || current.first().equals(V4_MAPPED)
                    ? current.first() : current.first().subtract(BigInteger.ONE);
            if (before.compareTo(previous.last()) <= 0) {
                BigInteger first = previous.first().min(current.first());
                blocks.set(i - 1, new Block(first, current.last(), current.v4(), null));
                blocks.remove(i);
            }
        }
    }

    private static Block block(Args a, Value item) throws BuiltinException {
        if (!(item instanceof StringValue s)) {
            throw a.failed("element must be string");
        }
        CidrRange range;
        byte[] ip = CidrAddresses.parse(s.value());
        if (ip != null) {
            byte[] v4 = CidrAddresses.to4(ip);
            if (v4 == null) {
                throw a.failed("IPv6 invalid: needs prefix length");
            }
            int prefix = (v4[0] & 0xff) < 0x80 ? 8 : (v4[0] & 0xff) < 0xc0 ? 16 : 24;
            range = new CidrRange(CidrRange.mask(v4, prefix), prefix, v4);
        } else {
            range = CidrRange.parse(s.value());
            if (range == null) {
                throw a.failed("invalid CIDR address: " + s.value());
            }
        }
        boolean v4 = range.network().length == 4;
        BigInteger offset = v4 ? V4_MAPPED : BigInteger.ZERO;
        return new Block(range.first().add(offset), range.last().add(offset), v4, range);
    }

    /** The minimal CIDRs covering [first, last]. */
    private static List<String> rangeToCidrs(Block b) {
        int bits = b.v4() ? 32 : 128;
        BigInteger offset = b.v4() ? V4_MAPPED : BigInteger.ZERO;
        BigInteger start = b.first().subtract(offset);
        BigInteger end = b.last().subtract(offset);
        List<String> out = new ArrayList<>();
        while (start.compareTo(end) <= 0) {
            int size = start.signum() == 0 ? bits : start.getLowestSetBit();
            while (size > 0 && start.add(BigInteger.ONE.shiftLeft(size)).subtract(BigInteger.ONE).compareTo(end) > 0) {
                size--;
            }
            byte[] network = CidrAddresses.fromInteger(start, bits / 8);
            out.add(new CidrRange(network, bits - size, network).toString());
            start = start.add(BigInteger.ONE.shiftLeft(size));
        }
        return out;
    }
}
