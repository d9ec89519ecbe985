package org.provex.core.lineage;

/** A member sync was cancelled; the versions finished before the cancel stay stored. */
public final class MemberSyncCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MemberSyncCancelledException() {
        super("Reading dataset members was cancelled; the versions read so far are kept.");
    }
}
