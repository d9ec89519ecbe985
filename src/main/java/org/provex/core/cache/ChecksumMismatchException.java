package org.provex.core.cache;

/** File bytes did not match the MD5 or length that the catalog row promised. Nothing was stored. */
public class ChecksumMismatchException extends CacheException {

    private static final long serialVersionUID = 1L;

    private final String expectedMd5;
    private final String actualMd5;
    private final long expectedLength;
    private final long actualLength;

    public ChecksumMismatchException(String expectedMd5, String actualMd5, long expectedLength, long actualLength) {
        super("File content does not match its catalog row: expected MD5 " + expectedMd5 + " and " + expectedLength
                + " bytes, got MD5 " + actualMd5 + " and " + actualLength
                + " bytes; the file was not stored (it may have been truncated in transfer, retry the sync)");
        this.expectedMd5 = expectedMd5;
        this.actualMd5 = actualMd5;
        this.expectedLength = expectedLength;
        this.actualLength = actualLength;
    }

    public String expectedMd5() {
        return expectedMd5;
    }

    public String actualMd5() {
        return actualMd5;
    }

    public long expectedLength() {
        return expectedLength;
    }

    public long actualLength() {
        return actualLength;
    }
}
