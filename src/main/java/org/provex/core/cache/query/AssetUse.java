package org.provex.core.cache.query;

import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetRole;
import org.provex.core.model.Rid;

/** An asset linked to an execution in a role (one asset row may be used by many executions). */
public record AssetUse(Rid execution, AssetRole role, AssetFile asset) {
}
