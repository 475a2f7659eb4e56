package dev.windlass.helm;

import dev.windlass.gotemplate.TemplateException;
import dev.windlass.gotemplate.TemplateOptions;
import dev.windlass.gotemplate.TemplateSet;
import dev.windlass.gotemplate.sprig.Sprig;
import java.util.regex.Pattern;

/**
 * Release names as Helm accepts them: at most 53 characters matching a DNS-1123 subdomain, from
 * the command line or rendered from {@code --name-template} with the Sprig functions.
 */
public final class ReleaseName {

    /** {@code helm template}'s name when none is given. */
    public static final String DEFAULT = "release-name";

    private static final String REGEX = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
    private static final Pattern VALID = Pattern.compile(REGEX);
    private static final int MAX_LENGTH = 53;

    private ReleaseName() {
    }

    /** {@code name} when Helm accepts it; otherwise Helm's error naming it. */
    public static String validate(String name) throws HelmException {
        if (name.isEmpty()) {
            throw new HelmException("release name \"\": no name provided");
        }
        if (name.length() > MAX_LENGTH || !VALID.matcher(name).matches()) {
            throw new HelmException("release name \"" + name + "\": invalid release name, must match regex " + REGEX
                    + " and the length must not be longer than " + MAX_LENGTH);
        }
        return name;
    }

    /** Renders {@code --name-template} as Helm's {@code TemplateName} does: the template with Sprig, no data. */
    public static String fromTemplate(String template) throws HelmException {
        TemplateSet set = new TemplateSet("name-template", TemplateOptions.defaults());
        set.addFuncs(Sprig.functions());
        try {
            set.parse("name-template", template);
            return set.execute("name-template", null);
        } catch (TemplateException e) {
            throw new HelmException(e.getMessage(), e);
        }
    }
}
