package org.provex.core.catalog.http;

import java.util.Collection;

/**
 * Turns a server's error body ({@code <description> Detail: <detail>}) into text safe to show: the detail part only,
 * control characters replaced, whitespace collapsed, length capped, and any credential the client holds blanked out
 * in case a server echoes it. Bodies are untrusted and deployments may replace the templates.
 */
final class ErrorText {

    static final int MAX_LENGTH = 300;

    private ErrorText() {
    }

    static String detail(String body, Collection<String> secrets) {
        if (body == null) {
            return "";
        }
        String text = body;
        int detail = text.indexOf("Detail:");
        if (detail >= 0) {
            text = text.substring(detail + "Detail:".length());
        }
        text = clean(text);
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                text = text.replace(secret, "***");
            }
        }
        return text;
    }

    /** Control and format characters become spaces, runs of whitespace one space, at most {@link #MAX_LENGTH}. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() <= MAX_LENGTH; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (out.length() > MAX_LENGTH) {
            out.setLength(MAX_LENGTH);
            out.append('…');
        }
        return out.toString();
    }
}
