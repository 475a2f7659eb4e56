package dev.windlass.gotemplate;

/**
 * A Go struct or pointer seen by templates: {@code .Release.Name}, {@code .Files.Get "x"},
 * {@code .Capabilities.KubeVersion.Version}, a Sprig semver's {@code .Major}. Field and method
 * names are Go's exported (capitalised) names.
 */
public interface GoObject {

    /** The Go type name used in error messages, e.g. {@code *chartutil.Capabilities}. */
    String goTypeName();

    /** The field or method named {@code name}, or {@code null} when this type has none. */
    GoMember member(String name);
}
