package dev.windlass.gotemplate;

/** The comparison built-ins (eq, ne, lt, le, gt, ge) with Go's basic-kind rules and errors. */
final class Compare {

    private enum Kind { INVALID, BOOL, INT, FLOAT, STRING, OTHER }

    private Compare() {
    }

    /** Go's {@code indirectInterface}: a nil interface becomes no value. */
    static Object indirect(Object value) {
        return value == null ? Sentinel.NO_VALUE : value;
    }

    private static Kind kind(Object v) {
        if (v == Sentinel.NO_VALUE) {
            return Kind.INVALID;
        }
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (Values.isInteger(v)) {
            return Kind.INT;
        }
        if (Values.isFloat(v)) {
            return Kind.FLOAT;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        return Kind.OTHER;
    }

    static boolean eq(Object arg1, Object... others) throws GoFunctionException {
        Object a = indirect(arg1);
        if (others.length == 0) {
            throw new GoFunctionException("missing argument for comparison");
        }
        Kind k1 = kind(a);
        for (Object other : others) {
            Object b = indirect(other);
            Kind k2 = kind(b);
            boolean truth;
            if (k1 != k2 && !(isNonBasic(k1) && isNonBasic(k2))) {
                if (a != Sentinel.NO_VALUE && b != Sentinel.NO_VALUE) {
                    throw new GoFunctionException("incompatible types for comparison");
                }
                truth = false;
            } else {
                truth = switch (k1) {
                    case BOOL, STRING -> a.equals(b);
                    case INT -> ((Number) a).longValue() == ((Number) b).longValue();
                    case FLOAT -> ((Number) a).doubleValue() == ((Number) b).doubleValue();
                    default -> eqOther(a, b);
                };
            }
            if (truth) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNonBasic(Kind k) {
        return k == Kind.INVALID || k == Kind.OTHER;
    }

    private static boolean eqOther(Object a, Object b) throws GoFunctionException {
        if (a == Sentinel.NO_VALUE || b == Sentinel.NO_VALUE) {
            return a == b;
        }
        String ta = Values.typeName(a);
        String tb = Values.typeName(b);
        if (!ta.equals(tb)) {
            throw new GoFunctionException("non-comparable types " + ValuePrinter.print(a) + ": " + ta + ", " + tb
                    + ": " + ValuePrinter.print(b));
        }
        if (a instanceof java.util.Map || a instanceof java.util.List || a instanceof byte[] || a instanceof GoFunc) {
            throw new GoFunctionException("non-comparable type " + ValuePrinter.print(b) + ": " + tb);
        }
        return a.equals(b);
    }

    static boolean lt(Object arg1, Object arg2) throws GoFunctionException {
        Object a = indirect(arg1);
        Kind k1 = kind(a);
        if (k1 == Kind.INVALID || k1 == Kind.OTHER) {
            throw new GoFunctionException("invalid type for comparison");
        }
        Object b = indirect(arg2);
        Kind k2 = kind(b);
        if (k2 == Kind.INVALID || k2 == Kind.OTHER) {
            throw new GoFunctionException("invalid type for comparison");
        }
        if (k1 != k2) {
            throw new GoFunctionException("incompatible types for comparison");
        }
        return switch (k1) {
            case BOOL -> throw new GoFunctionException("invalid type for comparison");
            case INT -> ((Number) a).longValue() < ((Number) b).longValue();
            case FLOAT -> ((Number) a).doubleValue() < ((Number) b).doubleValue();
            default -> Values.compareStrings((String) a, (String) b) < 0;
        };
    }

    static boolean le(Object a, Object b) throws GoFunctionException {
        return lt(a, b) || eq(a, b);
    }
}
