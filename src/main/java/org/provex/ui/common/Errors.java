package org.provex.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Error text for people: unwrap executor wrappers, and keep messages to one line. */
public final class Errors {

    private Errors() {
    }

    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The message a person sees: the exception's own text, or its kind when it has none. */
    public static String message(Throwable e) {
        Throwable t = unwrap(e);
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
    }
}
