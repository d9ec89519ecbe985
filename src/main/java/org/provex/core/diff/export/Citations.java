package org.provex.core.diff.export;

import java.util.Objects;
import java.util.Optional;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * How a report cites each execution: the snapshot-qualified permanent link ({@code https://host/id/1/RID@SNAP})
 * where the catalog has one; otherwise {@code RID@SNAP} with the reason there is no link (the demo catalog).
 */
public final class Citations {

    /**
     * @param text a link or {@code RID@SNAP}
     * @param url  the link, when there is one
     * @param note why there is no link, or ""
     */
    public record Citation(Rid rid, String text, Optional<String> url, String note) {
    }

    private final RecordLinks links;
    private final Snaptime snapshot;
    private final String reason;

    private Citations(RecordLinks links, Snaptime snapshot, String reason) {
        this.links = links;
        this.snapshot = snapshot;
        this.reason = reason;
    }

    /** @param snapshot the snapshot the cache reflects (the one {@code links} was made for), or null */
    public static Citations of(RecordLinks links, Snaptime snapshot) {
        Objects.requireNonNull(links, "links");
        return new Citations(links, snapshot, links.unavailableReason().orElse(""));
    }

    /** {@code RID@SNAP} only, with the reason there are no links ("" for none). */
    public static Citations withoutLinks(Snaptime snapshot, String reason) {
        return new Citations(null, snapshot, Objects.requireNonNullElse(reason, ""));
    }

    public Citation cite(Rid rid) {
        Optional<String> url = links == null ? Optional.empty() : links.citation(rid);
        if (url.isPresent()) {
            return new Citation(rid, url.get(), url, "");
        }
        String text = rid.value() + (snapshot == null ? "" : "@" + snapshot.value());
        return new Citation(rid, text, Optional.empty(), reason);
    }

    /** The reason links are missing, once for a whole report; "" when every run has a link. */
    public String note() {
        return reason;
    }
}
