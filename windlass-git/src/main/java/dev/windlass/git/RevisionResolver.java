package dev.windlass.git;

import dev.windlass.git.GitSourceException.Reason;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;

/**
 * Resolves an Argo CD {@code targetRevision} to a commit of a (cached) repository, in Argo CD's
 * order: {@code HEAD} or empty is the remote's default branch; then an exact branch, tag or full
 * ref name; then a semver constraint over the tags ({@code 1.2.*}, {@code >=1.0.0 <2.0.0},
 * {@code ~1.2}, {@code ^1.2}; a {@code v} prefix on tags is allowed; the highest matching
 * version wins); then a full or abbreviated (at least 4 hex digits) commit SHA.
 */
public final class RevisionResolver {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{4,40}");
    private static final Pattern CONSTRAINT = Pattern.compile("[v=<>~^*xX0-9][0-9A-Za-z.*<>=~^|, +-]*");

    private RevisionResolver() {
    }

    /**
     * The commit {@code targetRevision} names in {@code repository}.
     *
     * @param repoUrl used only in messages
     */
    public static RevCommit resolve(Repository repository, String repoUrl, String targetRevision)
            throws GitSourceException, IOException {
        String revision = targetRevision == null ? "" : targetRevision.trim();
        Optional<ObjectId> id = revision.isEmpty() || revision.equals(Constants.HEAD)
                ? Optional.ofNullable(repository.resolve(Constants.HEAD))
                : exactRef(repository, revision);
        if (id.isEmpty() && !revision.isEmpty() && CONSTRAINT.matcher(revision).matches()) {
            id = highestMatchingTag(repository, revision);
        }
        if (id.isEmpty() && HEX.matcher(revision).matches()) {
            id = commitId(repository, repoUrl, revision);
        }
        if (id.isEmpty()) {
            throw new GitSourceException(Reason.UNKNOWN_REVISION, "repository " + RepoUrls.redact(repoUrl)
                    + " has no branch, tag or commit named \"" + (revision.isEmpty() ? "HEAD" : revision)
                    + "\" (nor a tag matching it as a semver constraint); check the targetRevision");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id.get());
        } catch (IncorrectObjectTypeException | MissingObjectException e) {
            throw new GitSourceException(Reason.UNKNOWN_REVISION, "revision \"" + revision + "\" of repository "
                    + RepoUrls.redact(repoUrl) + " does not name a commit; give a branch, tag or commit SHA", e);
        }
    }

    private static Optional<ObjectId> exactRef(Repository repository, String revision) throws IOException {
        for (String name : new String[] {Constants.R_HEADS + revision, Constants.R_TAGS + revision, revision}) {
            if (!name.startsWith(Constants.R_REFS)) {
                continue;
            }
            Ref ref = repository.exactRef(name);
            if (ref != null) {
                return Optional.of(peeled(repository, ref));
            }
        }
        return Optional.empty();
    }

    private static Optional<ObjectId> highestMatchingTag(Repository repository, String constraint) throws IOException {
        RangesList ranges;
        try {
            ranges = RangesListFactory.create(constraint.replace(",", " "));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Ref best = null;
        Semver bestVersion = null;
        for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            String name = tag.getName().substring(Constants.R_TAGS.length());
            Semver version = Semver.parse(name.startsWith("v") ? name.substring(1) : name);
            if (version != null && ranges.isSatisfiedBy(version)
                    && (bestVersion == null || version.isGreaterThan(bestVersion))) {
                best = tag;
                bestVersion = version;
            }
        }
        return best == null ? Optional.empty() : Optional.of(peeled(repository, best));
    }

    private static Optional<ObjectId> commitId(Repository repository, String repoUrl, String hex)
            throws IOException, GitSourceException {
        try (ObjectReader reader = repository.newObjectReader()) {
            Collection<ObjectId> matches = reader.resolve(AbbreviatedObjectId.fromString(hex.toLowerCase()));
            if (matches.size() > 1) {
                throw new GitSourceException(Reason.AMBIGUOUS_REVISION, "revision \"" + hex + "\" of repository "
                        + RepoUrls.redact(repoUrl) + " matches " + matches.size()
                        + " objects; give more digits of the commit SHA");
            }
            return matches.stream().min(Comparator.naturalOrder());
        }
    }

    private static ObjectId peeled(Repository repository, Ref ref) throws IOException {
        Ref peeled = repository.getRefDatabase().peel(ref);
        return peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
    }
}
