package org.provex.core.reproduce.code;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A git remote reduced to what identifies the repository, so that the spellings deriva-ml may record and a person
 * may type name the same thing: {@code https://github.com/org/repo}, {@code https://github.com/org/repo.git},
 * {@code git@github.com:org/repo} and {@code ssh://git@github.com/org/repo.git} are all {@code github.com/org/repo}.
 * A local remote ({@code file:///srv/git/repo.git} or an absolute path) has an empty host.
 *
 * @param host lower-case host name, "" for a local remote
 * @param path repository path without leading or trailing slashes and without {@code .git}
 */
public record RemoteName(String host, String path) {

    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[\\w.+-]+@)?([\\w.-]+):(?!//)(.+)$");

    /** The remote of a text, or empty when it is not a remote Provex can name. */
    public static Optional<RemoteName> parse(String remote) {
        if (remote == null || remote.isBlank()) {
            return Optional.empty();
        }
        String t = remote.strip();
        if (t.startsWith("/")) {
            return Optional.of(new RemoteName("", clean(t)));
        }
        if (t.contains("://")) {
            try {
                URI uri = new URI(t);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("file")) {
                    return uri.getPath() == null ? Optional.empty()
                            : Optional.of(new RemoteName("", clean(uri.getPath())));
                }
                if (uri.getHost() == null || uri.getPath() == null || clean(uri.getPath()).isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new RemoteName(uri.getHost().toLowerCase(Locale.ROOT), clean(uri.getPath())));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
        Matcher m = SCP_LIKE.matcher(t);
        if (m.matches() && !clean(m.group(2)).isEmpty()) {
            return Optional.of(new RemoteName(m.group(1).toLowerCase(Locale.ROOT), clean(m.group(2))));
        }
        return Optional.empty();
    }

    /** Whether two remotes name the same repository (paths compared without case, as the big hosts do). */
    public boolean sameAs(RemoteName other) {
        return host.equals(other.host) && path.equalsIgnoreCase(other.path);
    }

    public boolean isLocal() {
        return host.isEmpty();
    }

    /** A readable key, e.g. {@code github.com/org/repo}, or the absolute path of a local remote. */
    public String key() {
        return isLocal() ? "/" + path : host + "/" + path;
    }

    /** A short, file-system-safe folder name for a clone of this remote. */
    public String folderName() {
        String base = key().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        if (base.length() > 80) {
            base = base.substring(base.length() - 80);
        }
        return base + "-" + Integer.toHexString(key().toLowerCase(Locale.ROOT).hashCode());
    }

    private static String clean(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.endsWith(".git")) {
            p = p.substring(0, p.length() - 4);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
