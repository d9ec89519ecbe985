package org.provex.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text, one {@code messages.properties} per feature package (so features never edit the same
 * file): {@code Messages.of(ExecutionsView.class).get("executions.title")}.
 */
public final class Messages {

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Class<?> feature) {
        String name = feature.getPackageName() + ".messages";
        return new Messages(ResourceBundle.getBundle(name, Locale.getDefault(), feature.getClassLoader()));
    }

    /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
