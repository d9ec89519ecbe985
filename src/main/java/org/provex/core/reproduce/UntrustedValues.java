package org.provex.core.reproduce;

import java.util.regex.Pattern;

/**
 * Checks for text that comes from a catalog before it becomes part of a command or a path. Nothing here cleans a
 * value up: a value that would change what a command means (an option-looking argument, a Hydra setting that moves
 * where files are written), reach outside a folder (path traversal) or break a line (control characters) is refused
 * with a message that names it.
 */
public final class UntrustedValues {

    private static final int MAX_LENGTH = 8192;
    /** A Hydra override key: dotted or slashed segments, list indices allowed, an optional {@code @package}. */
    private static final Pattern OVERRIDE_KEY = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_-]*(?:[./][A-Za-z0-9_-]+)*(?:@[A-Za-z0-9_./-]*)?");
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9._/:-]{0,254}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern ENTRY_POINT = Pattern.compile("deriva-ml-[a-z][a-z-]{0,40}");
    private static final Pattern CONFIG_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@/-]{0,200}");

    private UntrustedValues() {
    }

    /**
     * A Hydra override as recorded by a run ({@code key=value}, {@code +key=value}, {@code ++key=value},
     * {@code ~key}), checked before it is passed, as one argument, to deriva-ml-run.
     *
     * @throws UnsafeValueException for an option-looking value, a control character, a key Hydra would not accept,
     *     a Hydra setting (it would change where files are written or how the job is launched) or a path traversal
     */
    public static String override(String value) {
        String shown = printable(value);
        requirePlain(value, "override");
        if (value.startsWith("-")) {
            throw new UnsafeValueException("Refused the recorded override '" + shown + "': it starts with '-', so "
                    + "deriva-ml-run would read it as an option, not as a configuration value.");
        }
        String body = value.startsWith("++") ? value.substring(2)
                : value.startsWith("+") || value.startsWith("~") ? value.substring(1) : value;
        int eq = body.indexOf('=');
        String key = eq < 0 ? body : body.substring(0, eq);
        if (eq < 0 && !value.startsWith("~")) {
            throw new UnsafeValueException("Refused the recorded override '" + shown + "': it is not of the form "
                    + "key=value.");
        }
        if (!OVERRIDE_KEY.matcher(key).matches()) {
            throw new UnsafeValueException("Refused the recorded override '" + shown + "': '" + printable(key)
                    + "' is not a configuration key.");
        }
        if (key.equals("hydra") || key.startsWith("hydra.") || key.startsWith("hydra/")) {
            throw new UnsafeValueException("Refused the recorded override '" + shown + "': it changes Hydra's own "
                    + "settings (where output is written, how jobs are launched), which a reproduction must not take "
                    + "from a catalog.");
        }
        if (eq >= 0 && hasTraversal(body.substring(eq + 1))) {
            throw new UnsafeValueException("Refused the recorded override '" + shown + "': its value contains a '..' "
                    + "path segment, which could point outside the reproduction's folder.");
        }
        return value;
    }

    /** A Hydra config group or choice name, used only when no overrides were recorded. */
    public static String configName(String value, String what) {
        requirePlain(value, what);
        if (!CONFIG_NAME.matcher(value).matches() || hasTraversal(value)) {
            throw new UnsafeValueException("Refused the recorded " + what + " '" + printable(value) + "': it is not "
                    + "a plain config name.");
        }
        return value;
    }

    /** A file path inside a repository, as a Workflow URL names it: relative, '/'-separated, no '..'. */
    public static String repositoryPath(String path) {
        requirePlain(path, "file path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || hasTraversal(path) || path.endsWith("/")) {
            throw new UnsafeValueException("Refused the workflow file path '" + printable(path) + "': a path inside "
                    + "a repository must be relative and must not contain '..'.");
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equalsIgnoreCase(".git")) {
                throw new UnsafeValueException("Refused the workflow file path '" + printable(path) + "'.");
            }
        }
        return path;
    }

    /** A container image name and digest, to be given to docker as {@code image@digest}. */
    public static String imageReference(String image, String digest) {
        requirePlain(image, "image name");
        if (!IMAGE.matcher(image).matches() || hasTraversal(image)) {
            throw new UnsafeValueException("Refused the container image '" + printable(image) + "': not an image "
                    + "name (lower-case letters, digits, '.', '_', '/', ':', '-').");
        }
        if (digest == null || !DIGEST.matcher(digest).matches()) {
            throw new UnsafeValueException("Refused the container digest '" + printable(String.valueOf(digest))
                    + "': expected sha256: and 64 hexadecimal digits.");
        }
        return image + "@" + digest;
    }

    /** The program a run was started with ({@code deriva-ml-run}, {@code deriva-ml-run-notebook}). */
    public static boolean isEntryPoint(String name) {
        return name != null && ENTRY_POINT.matcher(name).matches();
    }

    /** The text with control characters shown as escapes, for messages and text output. */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        String s = out.toString();
        return s.length() > 200 ? s.substring(0, 199) + "\u2026" : s;
    }

    private static void requirePlain(String value, String what) {
        if (value == null) {
            throw new UnsafeValueException("A recorded " + what + " is missing.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new UnsafeValueException("Refused a recorded " + what + " of " + value.length()
                    + " characters: longer than any real one.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new UnsafeValueException("Refused the recorded " + what + " '" + printable(value)
                        + "': it contains a control character (a line break, tab or similar), which could split a "
                        + "command or a file.");
            }
        }
    }

    private static boolean hasTraversal(String value) {
        for (String segment : value.split("[/\\\\]", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
