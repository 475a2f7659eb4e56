package dev.windlass.model.codec;

/**
 * Bounds on what a codec reads, so that a hostile or broken file fails fast with a clear message
 * instead of exhausting memory. Each limit names the command-line option that raises it.
 *
 * @param maxFileBytes     largest file read at all (default 32 MiB)
 * @param maxDocumentBytes largest single YAML document (default 3 MiB, the API server's request limit)
 * @param maxDepth         deepest nesting of maps and lists (default 256)
 * @param maxDocuments     most documents in one file (default 10,000)
 * @param maxAliasNodes    most nodes that aliases may expand to in one document (default 100,000);
 *                         this is what refuses "billion laughs" input, before anything is expanded
 */
public record CodecLimits(long maxFileBytes, long maxDocumentBytes, int maxDepth, int maxDocuments, long maxAliasNodes) {

    public static final CodecLimits DEFAULT = new CodecLimits(32L << 20, 3L << 20, 256, 10_000, 100_000);

    /** The limits as named on the command line, for messages that say how to raise one. */
    public enum Limit {
        FILE_SIZE("--max-file-size"),
        DOCUMENT_SIZE("--max-document-size"),
        DEPTH("--max-depth"),
        DOCUMENTS("--max-documents"),
        ALIAS_NODES("--max-alias-nodes");

        private final String option;

        Limit(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    public CodecLimits {
        if (maxFileBytes <= 0 || maxDocumentBytes <= 0 || maxDepth <= 0 || maxDocuments <= 0 || maxAliasNodes < 0) {
            throw new IllegalArgumentException("codec limits must be positive");
        }
    }

    public CodecLimits withMaxFileBytes(long value) {
        return new CodecLimits(value, maxDocumentBytes, maxDepth, maxDocuments, maxAliasNodes);
    }

    public CodecLimits withMaxDocumentBytes(long value) {
        return new CodecLimits(maxFileBytes, value, maxDepth, maxDocuments, maxAliasNodes);
    }

    public CodecLimits withMaxDepth(int value) {
        return new CodecLimits(maxFileBytes, maxDocumentBytes, value, maxDocuments, maxAliasNodes);
    }

    public CodecLimits withMaxDocuments(int value) {
        return new CodecLimits(maxFileBytes, maxDocumentBytes, maxDepth, value, maxAliasNodes);
    }

    public CodecLimits withMaxAliasNodes(long value) {
        return new CodecLimits(maxFileBytes, maxDocumentBytes, maxDepth, maxDocuments, value);
    }
}
