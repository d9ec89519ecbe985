package org.provex.core.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.provex.core.io.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes settings.json. Writes go to a temporary file in the same folder and are then moved
 * over the old file, so a crash never leaves half a file. A file that cannot be read falls back to
 * defaults with a warning, and is kept aside as {@code settings.json.corrupt} rather than overwritten.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final List<String> warnings = new ArrayList<>();

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** Loads settings; never fails: a missing file gives defaults, a corrupt one defaults and a warning. */
    public Settings load() {
        return read().orElseGet(Settings::defaults);
    }

    /**
     * Changes the settings as they are in the file now, not as this process read them at its start: another
     * Provex process (a CLI command while the window is open, a second window) may have saved since, and a save
     * of an old copy would undo its change (a catalog added or removed, a clone mapped, a cluster profile set). The
     * read, the change and the write happen under a lock on {@code settings.json.lock} that every Provex process
     * takes for this. A file that cannot be read now (damaged: kept aside as for {@link #load()}) is replaced by
     * {@code fallback} with the change.
     *
     * @return the settings written
     */
    public Settings update(Settings fallback, UnaryOperator<Settings> change) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        synchronized (SettingsStore.class) {    // a file lock is per process: threads of this one queue here
            try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Settings changed = change.apply(read().orElse(fallback));
                save(changed);
                return changed;
            }
        }
    }

    /** The file's settings: defaults when there is no file, empty (with a warning) when it cannot be read. */
    private Optional<Settings> read() {
        warnings.clear();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.of(Settings.defaults());
        } catch (IOException e) {
            warn("Settings could not be read (" + e.getMessage() + "); using defaults.");
            return Optional.empty();
        }
        try {
            Settings s = MAPPER.readValue(bytes, Settings.class);
            return Optional.of(s == null ? Settings.defaults() : s);
        } catch (JacksonException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
            try {
                Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException copyFailure) {
                LOG.debug("could not keep a copy of the corrupt settings file", copyFailure);
            }
            warn("Settings file " + file + " is damaged (" + e.getOriginalMessage() + "); using defaults. A copy was"
                    + " kept as " + aside.getFileName() + ".");
            return Optional.empty();
        }
    }

    /** Writes atomically (temp file + move). */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SafeFiles.writeString(file, MAPPER.writeValueAsString(settings));
    }

    /** Warnings from the last {@link #load()}, for the status bar or stderr. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void warn(String message) {
        LOG.warn(message);
        warnings.add(message);
    }
}
