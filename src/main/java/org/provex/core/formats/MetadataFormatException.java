package org.provex.core.formats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A metadata file that cannot be read: malformed or truncated text, or a value of a shape the reader cannot use.
 * The message names the file, the place (line and column, or a path such as {@code datasets[0].version}) and what
 * a person can do about it.
 */
public final class MetadataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    private MetadataFormatException(String fileName, String path, int line, int column, String problem,
                                    String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
        this.path = path;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /**
     * The text is not valid in its format (JSON, YAML, TOML).
     *
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     */
    public static MetadataFormatException syntax(String fileName, String format, int line, int column,
                                                 String problem, Throwable cause) {
        String name = displayName(fileName);
        StringBuilder m = new StringBuilder(name).append(" is not valid ").append(format);
        if (line > 0) {
            m.append(" at line ").append(line);
            if (column > 0) {
                m.append(", column ").append(column);
            }
        }
        m.append(": ").append(problem).append(". Re-download it or sync again.");
        return new MetadataFormatException(name, null, Math.max(line, 0), Math.max(column, 0), problem,
                m.toString(), cause);
    }

    /** A value the reader needs has the wrong shape; {@code path} is like {@code datasets[0].rid}. */
    public static MetadataFormatException atPath(String fileName, String path, String problem) {
        String name = displayName(fileName);
        String where = path == null || path.isEmpty() ? "at the top level" : "at " + path;
        String m = name + " has an unexpected value " + where + ": " + problem
                + ". The file may have been edited by hand or written by a deriva-ml version Provex does not know.";
        return new MetadataFormatException(name, path == null ? "" : path, 0, 0, problem, m, null);
    }

    /** The file has no content at all. */
    public static MetadataFormatException empty(String fileName) {
        String name = displayName(fileName);
        return new MetadataFormatException(name, null, 0, 0, "the file is empty",
                name + " is empty. Re-download it or sync again.", null);
    }

    private static String displayName(String fileName) {
        return fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The path of the offending value, e.g. {@code datasets[0].version}; empty for syntax errors. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** Where the problem is, for display: "line 3, column 5", "datasets[0].rid", "top level" or "". */
    public String location() {
        if (path != null) {
            return path.isEmpty() ? "top level" : path;
        }
        if (line > 0) {
            return column > 0 ? "line " + line + ", column " + column : "line " + line;
        }
        return "";
    }

    /** The problem alone, without the file name and advice. */
    public String problem() {
        return Objects.requireNonNullElse(problem, "");
    }
}
