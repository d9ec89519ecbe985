package org.provex.core.reproduce.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.io.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reproductions record: one JSON file per attempt, {@code reproductions/<id>.json}, written atomically. A damaged
 * file is skipped with a warning, never overwritten.
 */
public final class ReproductionStore {

    private static final Logger LOG = LoggerFactory.getLogger(ReproductionStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,80}");

    private final Path directory;
    private final List<String> warnings = new ArrayList<>();

    public ReproductionStore(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public synchronized void save(ReproductionRecord record) throws IOException {
        Path target = file(record.id());
        Files.createDirectories(target.toAbsolutePath().getParent());
        SafeFiles.writeString(target, JSON.writeValueAsString(RecordJson.of(record)) + "\n");
    }

    public synchronized Optional<ReproductionRecord> get(String id) {
        Path file = file(id);
        return Files.exists(file) ? read(file) : Optional.empty();
    }

    /** Every attempt, newest first. */
    public synchronized List<ReproductionRecord> list() {
        warnings.clear();
        List<ReproductionRecord> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path f : files) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            warnings.add("The reproductions folder " + directory + " could not be read: " + e.getMessage());
        }
        out.sort(Comparator.comparing(ReproductionRecord::planned, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ReproductionRecord::id, Comparator.reverseOrder()));
        return out;
    }

    /** Records that could not be read by the last {@link #list()}. */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    private Optional<ReproductionRecord> read(Path file) {
        try {
            return Optional.of(RecordJson.read(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8))));
        } catch (IOException | JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            String w = "Skipped the unreadable reproduction record " + file.getFileName() + " (" + e.getMessage() + ")";
            LOG.warn(w);
            warnings.add(w);
            return Optional.empty();
        }
    }

    private Path file(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a reproduction id");
        }
        return directory.resolve(id + ".json");
    }
}
