package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;

/** Reports the parts of Tekton's API that were removed (PipelineResources) and so cannot run. */
final class Unsupported {

    private Unsupported() {
    }

    static void pipelineResources(Reading reading, FieldPath at) {
        reading.error(ModelCodes.UNSUPPORTED, at, "PipelineResources (\"resources\") were removed from Tekton"
                + " and are not supported; replace them with workspaces and params (for example a git-clone Task"
                + " writing to a workspace)");
    }
}
