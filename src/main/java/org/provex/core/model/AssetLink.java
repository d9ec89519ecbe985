package org.provex.core.model;

/** A {@code <Asset>_Execution} row: an asset consumed or produced by an execution. */
public record AssetLink(Rid asset, String table, Rid execution, AssetRole role) {
}
