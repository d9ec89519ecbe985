package org.provex.core.formats;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** Which values of a streamed environment snapshot are secrets (see {@link StructuredText#prettyMasked}). */
final class SnapshotMasking {

    /** deriva-ml writes {@code os.environ}; any object of that name is treated as environment variables. */
    private static final String ENVIRON = "environ";

    private SnapshotMasking() {
    }

    /** True when the value at the parser's current token (a scalar or the start of a structure) is a secret. */
    static boolean masks(JsonParser p, JsonToken t) {
        if (t.isStructEnd()) {
            return false;
        }
        if (t == JsonToken.VALUE_STRING && SecretMasker.looksLikeSecretValue(p.getString())) {
            return true;
        }
        // for a structure start the parser has already entered the new context: step out of it first
        TokenStreamContext holder = t.isStructStart() ? p.streamReadContext().getParent() : p.streamReadContext();
        if (holder == null || !holder.inObject()) {
            return false;
        }
        TokenStreamContext outer = holder.getParent();
        return outer != null && ENVIRON.equals(outer.currentName()) && SecretMasker.isSecretName(p.currentName());
    }
}
