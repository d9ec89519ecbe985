package org.provex.core.catalog.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Objects;
import org.provex.core.io.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes logins into a deriva credential file the way deriva-py and deriva-auth do: one JSON object keyed by bare
 * host name, written whole with a two-space indent, mode 0600 in a 0750 folder. Only the named host's entry changes;
 * every other host's entry is written back exactly as it was read (unknown fields included). The new file is
 * written beside the old one and moved over it, so a crash never leaves half a file. The secret is never logged.
 *
 * <p>deriva-py locks the file with {@code flock}; Java's file locks use {@code fcntl}, which does not interlock with
 * it on Linux, so a deriva-auth writing at the very same moment could lose one of the two writes (never corrupt).
 */
public final class CredentialFile {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialFile.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;

    public CredentialFile(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    /** The logins in the file (a missing file has none). */
    public Credentials read() throws IOException {
        return Credentials.load(file);
    }

    /** Stores a session cookie for a host: {@code {"HOST": {"cookie": "webauthn=VALUE"}}}, replacing its entry. */
    public void putCookie(String host, String webauthnValue) throws IOException {
        ObjectNode entry = MAPPER.createObjectNode().put("cookie", "webauthn=" + requireSecret(webauthnValue));
        replace(host, entry);
        LOG.info("Stored a login cookie for {} in {}", key(host), file);
    }

    /** Stores a bearer token for a host: {@code {"HOST": {"bearer-token": TOKEN}}}, replacing its entry. */
    public void putBearerToken(String host, String token) throws IOException {
        ObjectNode entry = MAPPER.createObjectNode().put("bearer-token", requireSecret(token));
        replace(host, entry);
        LOG.info("Stored a bearer token for {} in {}", key(host), file);
    }

    /** Removes a host's entry; false when there was none (the file is then not rewritten). */
    public boolean remove(String host) throws IOException {
        ObjectNode root = readRoot();
        String existing = findKey(root, host);
        if (existing == null) {
            return false;
        }
        root.remove(existing);
        write(root);
        LOG.info("Removed the login for {} from {}", existing, file);
        return true;
    }

    private void replace(String host, ObjectNode entry) throws IOException {
        ObjectNode root = readRoot();
        String existing = findKey(root, host);
        if (existing != null) {
            root.set(existing, entry);   // keeps the host's position and spelling
        } else {
            root.set(key(host), entry);
        }
        write(root);
    }

    private ObjectNode readRoot() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return MAPPER.createObjectNode();
        }
        if (text.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // fall through: never overwrite a file we cannot read, it may hold other hosts' logins
        }
        throw new IOException("The credential file " + file + " is not a JSON object keyed by host name, so Provex "
                + "will not rewrite it; fix or remove it by hand and try again");
    }

    private static String findKey(ObjectNode root, String host) {
        if (root.has(host)) {
            return host;
        }
        for (String name : root.propertyNames()) {
            if (name.equalsIgnoreCase(host)) {
                return name;
            }
        }
        return null;
    }

    private void write(ObjectNode root) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-x---")));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] ownerOnly = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
        SafeFiles.write(file, temp -> Files.writeString(temp, pretty(root), StandardCharsets.UTF_8), ownerOnly);
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Python's {@code json.dumps(obj, indent=2)}: {@code "key": value}, one entry per line, {@code {}} when empty. */
    static String pretty(JsonNode root) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return MAPPER.writer().with(printer).writeValueAsString(root);
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    private static String requireSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("an empty login cannot be stored");
        }
        return secret.strip();
    }
}
