package org.provex.core.cache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.provex.core.cache.BlobStore;
import org.provex.core.cache.ChecksumMismatchException;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.model.AssetFile;

/** Reads each wanted body from the {@link CatalogSource} right away, verifying it as the blob store stores it. */
final class SourceFileFetcher implements FileFetcher {

    private final CatalogSource source;
    private final BlobStore blobs;
    private final IngestReport.Builder report;
    private final IngestListener listener;

    SourceFileFetcher(CatalogSource source, BlobStore blobs, IngestReport.Builder report, IngestListener listener) {
        this.source = source;
        this.blobs = blobs;
        this.report = report;
        this.listener = listener;
    }

    @Override
    public void want(AssetFile a) throws IOException {
        if (blobs.has(a.md5())) {
            return;
        }
        Optional<InputStream> in = source.openFile(a.url());
        if (in.isEmpty()) {
            report.skip("file unavailable", "The source cannot serve " + a.url() + " (asset " + a.rid() + ")");
            return;
        }
        try (InputStream stream = in.get()) {
            long bytes = blobs.put(a.md5(), a.length(), stream);
            report.file(bytes);
            listener.fileFetched(a.filename(), bytes);
        } catch (ChecksumMismatchException e) {
            report.skip("checksum mismatch", "Metadata file " + a.filename() + " (asset " + a.rid()
                    + ") was not stored: expected MD5 " + e.expectedMd5() + " and " + e.expectedLength()
                    + " bytes, got " + e.actualMd5() + " and " + e.actualLength() + " bytes");
        }
    }

    @Override
    public List<String> await() {
        return List.of();
    }
}
