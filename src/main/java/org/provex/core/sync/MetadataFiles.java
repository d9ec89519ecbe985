package org.provex.core.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.provex.core.cache.BlobStore;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.HatracClient;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.model.AssetFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metadata file bodies of a live catalog, downloaded from Hatrac into the cache's blob store: one on demand (when a
 * person opens a file) or many in parallel on an executor the caller owns. Every body is verified against the
 * catalog row's MD5 and Length (and Hatrac's Content-MD5) before it is stored; one that does not match raises
 * {@link CatalogException.ChecksumMismatch} and nothing is stored.
 */
public final class MetadataFiles {

    /** One file that could not be fetched. */
    public record Failure(AssetFile file, CatalogException error) {
    }

    /**
     * What a batch fetch did.
     *
     * @param fetched bodies downloaded, verified and stored
     * @param bytes their size
     * @param alreadyStored files that were in the cache already (not downloaded again)
     * @param leftOnDemand files larger than the batch's limit, left to be fetched when opened
     * @param failures files that could not be fetched, with why (at most the first 1,000)
     * @param failed how many files could not be fetched in all
     */
    public record Outcome(long fetched, long bytes, long alreadyStored, long leftOnDemand, List<Failure> failures,
                          long failed) {

        public static final Outcome NONE = new Outcome(0, 0, 0, 0, List.of(), 0);

        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MetadataFiles.class);
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");
    /** Bodies up to this size are downloaded into memory (metadata files are a few kB); larger ones via a file. */
    private static final long IN_MEMORY = 4L * 1024 * 1024;

    private final BlobStore blobs;
    private final HatracClient hatrac;

    public MetadataFiles(BlobStore blobs, HatracClient hatrac) {
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.hatrac = Objects.requireNonNull(hatrac, "hatrac");
    }

    /** Whether the body can be fetched at all: a Hatrac file of this catalog's host with an MD5. */
    public boolean fetchable(AssetFile file) {
        return file.md5() != null && MD5.matcher(file.md5()).matches() && file.url() != null
                && hatrac.serves(file.url());
    }

    public boolean isStored(AssetFile file) {
        return file.md5() != null && MD5.matcher(file.md5()).matches() && blobs.has(file.md5());
    }

    /**
     * The verified body of a file, from the blob store or downloaded into it first (on the caller's thread).
     *
     * @return empty when the file is not a Hatrac object of this catalog or has no MD5
     * @throws CatalogException when it cannot be downloaded (401 "needs a login", checksum mismatch, offline, ...)
     */
    public Optional<byte[]> open(AssetFile file) throws IOException {
        if (!fetchable(file)) {
            return Optional.empty();
        }
        Optional<byte[]> stored = blobs.read(file.md5(), file.length());
        if (stored.isPresent()) {
            return stored;
        }
        fetch(file, () -> false);
        return blobs.read(file.md5(), file.length());
    }

    /**
     * Downloads every fetchable file not yet stored, {@value MetadataDownloads#DEFAULT_PARALLELISM} at a time on
     * {@code executor} (pass {@code Runnable::run} to stay on this thread). Failures are collected, not thrown; see
     * {@link MetadataDownloads}.
     *
     * @throws SyncCancelledException when {@code cancelled} turned true (downloads already stored stay stored)
     */
    public Outcome fetchAll(Collection<AssetFile> files, Executor executor, SyncListener listener,
                            BooleanSupplier cancelled, String catalog) {
        try (MetadataDownloads downloads = new MetadataDownloads(this, executor,
                MetadataDownloads.DEFAULT_PARALLELISM, Long.MAX_VALUE, listener, cancelled, catalog)) {
            files.forEach(f -> downloads.offer(f, false));
            return downloads.awaitAll();
        }
    }

    /**
     * Downloads, verifies and stores one body; a body that arrives damaged (wrong MD5 or length) is fetched again
     * within the HTTP client's retry policy (broken connections and 5xx are retried by the client itself).
     *
     * @return its size
     */
    long fetch(AssetFile file, BooleanSupplier cancelled) throws IOException {
        RetryPolicy retry = hatrac.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            try {
                return download(file);
            } catch (CatalogException.ChecksumMismatch e) {
                if (attempt >= retry.maxAttempts() || cancelled.getAsBoolean()) {
                    throw e;
                }
                Duration delay = retry.delayAfter(attempt);
                LOG.info("{} arrived damaged (attempt {} of {}); fetching it again in {} ms", file.url(), attempt,
                        retry.maxAttempts(), delay.toMillis());
                try {
                    retry.sleeper().sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes partial downloads older than an hour, left behind by a process that was killed mid-download (younger
     * ones may belong to another Provex downloading right now).
     */
    void removeStaleParts() {
        Path incoming = blobs.root().resolve(".incoming");
        if (!Files.isDirectory(incoming)) {
            return;
        }
        Instant cutoff = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not tidy {}: {}", incoming, e.toString());
        }
    }

    /** Downloads, verifies and stores one body; returns its size. Small files go through memory, larger via disk. */
    private long download(AssetFile file) throws IOException {
        if (file.length() >= 0 && file.length() <= IN_MEMORY) {
            byte[] body = hatrac.fetchVerified(file.url(), file.md5(), file.length());
            blobs.put(file.md5(), file.length(), new ByteArrayInputStream(body));
            LOG.debug("Stored {} ({} bytes)", file.url(), body.length);
            return body.length;
        }
        Path incoming = blobs.root().resolve(".incoming");
        Files.createDirectories(incoming);
        Path part = incoming.resolve("fetch-" + UUID.randomUUID() + ".part");
        try {
            hatrac.download(file.url(), file.md5(), file.length(), part);
            try (InputStream in = Files.newInputStream(part)) {
                blobs.put(file.md5(), file.length(), in);
                LOG.debug("Stored {}", file.url());
                return Files.size(part);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
