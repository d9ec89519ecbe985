package org.provex.core.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run's data for one section: keyed fields, or a document compared as a tree. */
sealed interface SectionFacts {

    Availability availability();

    /** Fields by key, in the order rows should appear. */
    record Fields(Availability availability, Map<String, Field> fields) implements SectionFacts {
        public Fields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        static Fields missing(Availability why) {
            return new Fields(why, Map.of());
        }
    }

    record Tree(Availability availability, FlatTree tree) implements SectionFacts {
        static Tree missing(Availability why) {
            return new Tree(why, FlatTree.of(null));
        }
    }
}
