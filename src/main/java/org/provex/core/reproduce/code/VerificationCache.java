package org.provex.core.reproduce.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.io.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Verification results kept between sessions, so a badge costs a map look-up. The key is the recorded checksum, the
 * file path, the commit as the run named it (its version or the URL's commit) and the clone that was read; a result
 * git settles (verified, mismatch) never goes stale, since committed content does not change. The file is small JSON,
 * written atomically; a damaged file is ignored (it is only a cache).
 */
public final class VerificationCache {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationCache.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private Map<String, CodeVerification> entries;

    public VerificationCache(Path file) {
        this.file = file;
    }

    /** The key of a check: what was recorded and which clone answered. */
    public static String key(String checksum, String path, String commitNames, String clone) {
        return String.join("|", checksum == null ? "" : checksum.toLowerCase(java.util.Locale.ROOT), path,
                commitNames, clone);
    }

    public synchronized Optional<CodeVerification> get(String key) {
        return Optional.ofNullable(load().get(key));
    }

    public synchronized void put(String key, CodeVerification result) {
        load().put(key, result);
        try {
            save();
        } catch (IOException e) {
            LOG.warn("Could not save verification results to {}: {}", file, e.getMessage());
        }
    }

    private Map<String, CodeVerification> load() {
        if (entries != null) {
            return entries;
        }
        entries = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root != null && root.isObject()) {
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    read(e.getValue()).ifPresent(v -> entries.put(e.getKey(), v));
                }
            }
        } catch (NoSuchFileException e) {
            LOG.debug("No verification cache yet at {}", file);
        } catch (IOException | JacksonException e) {
            LOG.warn("Ignoring the unreadable verification cache {}: {}", file, e.getMessage());
        }
        return entries;
    }

    private void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        entries.forEach((k, v) -> root.set(k, write(v)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        SafeFiles.writeString(file, JSON.writeValueAsString(root));
    }

    private static ObjectNode write(CodeVerification v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("verdict", v.verdict().name());
        o.put("reason", v.reason().name());
        o.put("message", v.message());
        o.put("repository", v.repository());
        o.put("commit", v.commit());
        o.put("commit_source", v.commitSource() == null ? null : v.commitSource().name());
        o.put("path", v.path());
        o.put("expected", v.expected());
        o.put("actual", v.actual());
        ArrayNode notes = o.putArray("notes");
        v.notes().forEach(notes::add);
        o.put("checked_at", v.checkedAt() == null ? null : v.checkedAt().toString());
        return o;
    }

    private static Optional<CodeVerification> read(JsonNode o) {
        try {
            List<String> notes = new ArrayList<>();
            o.path("notes").forEach(n -> notes.add(n.stringValue("")));
            String source = o.path("commit_source").stringValue(null);
            String at = o.path("checked_at").stringValue(null);
            return Optional.of(new CodeVerification(
                    CodeVerification.Verdict.valueOf(o.path("verdict").stringValue("")),
                    CodeVerification.Reason.valueOf(o.path("reason").stringValue("")),
                    o.path("message").stringValue(""), o.path("repository").stringValue(""),
                    o.path("commit").stringValue(""),
                    source == null ? null : CodeVerification.CommitSource.valueOf(source),
                    o.path("path").stringValue(""),
                    o.path("expected").stringValue(""), o.path("actual").stringValue(""), notes,
                    at == null ? null : Instant.parse(at)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
