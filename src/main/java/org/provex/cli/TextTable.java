package org.provex.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; over-long cells are cut with an ellipsis. */
final class TextTable {

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, int... maxWidths) {
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths;
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : clean(c.toString()));
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        int n = headers.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], cell(r, i).length());
            }
            if (i < maxWidths.length && maxWidths[i] > 0) {
                widths[i] = Math.min(widths[i], maxWidths[i]);
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        for (List<String> r : rows) {
            line(sb, r, widths);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = fit(cell(cells, i), widths[i]);
            l.append(c);
            if (i + 1 < widths.length) {
                l.append(" ".repeat(widths[i] - c.length() + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() ? r.get(i) : "";
    }

    static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    /** Catalog text is untrusted: keep one line and drop control characters (no terminal escapes). */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (!Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
