package org.provex.core.formats;

/**
 * One {@code [[package]]} of a uv.lock.
 *
 * @param version "" for packages without a fixed version (editable or virtual projects)
 * @param source  a short description: {@code registry}, {@code registry: <url>} for a non-PyPI index,
 *                {@code git+<url>} (uv keeps {@code ?rev=...#<commit>} in it), {@code editable: .},
 *                {@code virtual: .}, {@code path: ...}, {@code directory: ...}, {@code url: ...}, or "" if absent
 */
public record LockedPackage(String name, String version, String source) {
}
