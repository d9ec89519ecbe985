package org.provex.core.diff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything a comparison needs from one run, extracted once so the baseline can be switched cheaply.
 *
 * @param dirty     the run's version carries a dirty-tree marker
 * @param devInputs at least one input dataset is a dev version (no snapshot: its contents may have drifted)
 * @param unpinnedInputs at least one input dataset has no known version (its pin was never read)
 */
record RunFacts(RunRef run, Map<SectionId, SectionFacts> sections, boolean dirty, boolean devInputs,
                boolean unpinnedInputs) {

    RunFacts {
        sections = Collections.unmodifiableMap(new EnumMap<>(sections));
    }

    SectionFacts section(SectionId id) {
        return sections.get(id);
    }
}
