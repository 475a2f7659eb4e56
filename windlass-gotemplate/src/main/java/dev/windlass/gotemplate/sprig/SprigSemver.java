package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import dev.windlass.gotemplate.semver.SemConstraint;
import dev.windlass.gotemplate.semver.SemVersion;
import java.util.ArrayList;
import java.util.List;

/** Sprig's {@code semver} and {@code semverCompare} over Masterminds/semver v3. */
final class SprigSemver {

    private SprigSemver() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("semver", a -> new Version(parse((String) a[0])), STRING));
        f.add(GoFunc.of("semverCompare", a -> {
            SemConstraint c;
            try {
                c = SemConstraint.parse((String) a[0]);
            } catch (IllegalArgumentException e) {
                throw new GoFunctionException(e.getMessage());
            }
            return c.check(parse((String) a[1]));
        }, STRING, STRING));
        return f;
    }

    static SemVersion parse(String text) throws GoFunctionException {
        try {
            return SemVersion.parse(text);
        } catch (IllegalArgumentException e) {
            throw new GoFunctionException(e.getMessage());
        }
    }

    /** A {@code *semver.Version}: {@code .Major}, {@code .Prerelease}, {@code .Compare}, ... */
    record Version(SemVersion v) implements GoObject {

        @Override
        public String goTypeName() {
            return "*semver.Version";
        }

        @Override
        public GoMember member(String name) {
            return switch (name) {
                case "Major" -> method(name, v.major());
                case "Minor" -> method(name, v.minor());
                case "Patch" -> method(name, v.patch());
                case "Prerelease" -> method(name, v.prerelease());
                case "Metadata" -> method(name, v.metadata());
                case "Original" -> method(name, v.original());
                case "String" -> method(name, v.toString());
                case "Compare" -> compare(name, c -> c);
                case "LessThan" -> compare(name, c -> c < 0);
                case "GreaterThan" -> compare(name, c -> c > 0);
                case "Equal" -> compare(name, c -> c == 0);
                default -> null;
            };
        }

        private static GoMember method(String name, Object value) {
            return GoMember.method(GoFunc.of(name, a -> value));
        }

        private GoMember compare(String name, java.util.function.IntFunction<Object> result) {
            return GoMember.method(GoFunc.of(name, a -> {
                if (!(a[0] instanceof Version other)) {
                    throw new GoFunctionException("wrong type for value; expected *semver.Version; got "
                            + dev.windlass.gotemplate.GoValues.typeName(a[0]));
                }
                return result.apply(Integer.signum(v.compareTo(other.v())));
            }, ANY));
        }

        @Override
        public String toString() {
            return v.toString();
        }
    }
}
