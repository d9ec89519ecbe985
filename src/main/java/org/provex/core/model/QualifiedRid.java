package org.provex.core.model;

import java.util.Optional;

/** A RID optionally pinned to a snapshot, as in {@code 1-000C@32S-W6DS-GAMG}. */
public record QualifiedRid(Rid rid, Optional<Snaptime> snaptime) {

    public static QualifiedRid parse(String text) {
        String t = text.trim();
        int at = t.indexOf('@');
        if (at < 0) {
            return new QualifiedRid(Rid.of(t), Optional.empty());
        }
        return new QualifiedRid(Rid.of(t.substring(0, at)), Optional.of(Snaptime.parse(t.substring(at + 1))));
    }

    @Override
    public String toString() {
        return snaptime.map(s -> rid + "@" + s).orElse(rid.value());
    }
}
