package dev.windlass.pipelines.model;

/** What backs a workspace bound by a run. */
public enum WorkspaceSource {
    EMPTY_DIR,
    PERSISTENT_VOLUME_CLAIM,
    VOLUME_CLAIM_TEMPLATE,
    CONFIG_MAP,
    SECRET,
    PROJECTED,
    CSI
}
