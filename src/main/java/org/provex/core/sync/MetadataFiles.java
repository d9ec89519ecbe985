package org.provex.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.provex.core.cache.BlobStore;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.HatracClient;
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

    /** What a batch fetch did. */
    public record Outcome(long fetched, long bytes, List<Failure> failures) {

        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MetadataFiles.class);
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

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
        download(file);
        return blobs.read(file.md5(), file.length());
    }

    /**
     * Downloads every fetchable file not yet stored, on {@code executor} (pass {@code Runnable::run} to stay on this
     * thread). Failures are collected, not thrown; no new download starts after a failure that {@code stopOn}
     * accepts.
     *
     * @throws SyncCancelledException when {@code cancelled} turned true (downloads already stored stay stored)
     */
    public Outcome fetchAll(Collection<AssetFile> files, Executor executor, SyncListener listener,
                            BooleanSupplier cancelled, String catalog, Predicate<CatalogException> stopOn) {
        List<AssetFile> todo = files.stream().filter(this::fetchable).filter(f -> !isStored(f))
                .collect(Collectors.toMap(f -> f.md5().toLowerCase(Locale.ROOT), f -> f, (a, b) -> a,
                        LinkedHashMap::new)).values().stream().toList();
        AtomicLong fetched = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> running = new ArrayList<>(todo.size());
        for (AssetFile file : todo) {
            running.add(CompletableFuture.runAsync(() -> {
                if (stop.get() || cancelled.getAsBoolean()) {
                    stop.set(true);
                    return;
                }
                try {
                    long n = download(file);
                    fetched.incrementAndGet();
                    bytes.addAndGet(n);
                    listener.fileFetched(file.filename(), n);
                } catch (CatalogException e) {
                    failures.add(new Failure(file, e));
                    stop.compareAndSet(false, stopOn.test(e));
                } catch (IOException e) {
                    failures.add(new Failure(file, new CatalogException.Incomplete("the file " + file.url(), e)));
                    stop.set(true);
                }
            }, executor));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        if (cancelled.getAsBoolean()) {
            throw new SyncCancelledException(catalog);
        }
        return new Outcome(fetched.get(), bytes.get(), failures);
    }

    /** Downloads, verifies and stores one body; returns its size. */
    private long download(AssetFile file) throws IOException {
        Path incoming = blobs.root().resolve(".incoming");
        Files.createDirectories(incoming);
        Path part = Files.createTempFile(incoming, "fetch-", ".part");
        try {
            hatrac.download(file.url(), file.md5(), file.length(), part);
            try (InputStream in = Files.newInputStream(part)) {
                long stored = blobs.put(file.md5(), file.length(), in);
                LOG.debug("Stored {} ({} bytes)", file.url(), stored);
                return Files.size(part);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
