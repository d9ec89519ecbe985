package org.provex.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.UvLock;

/**
 * Two environment snapshots compared by meaning: packages added, removed, upgraded and downgraded (classified
 * major / minor / patch / pre-release / post-release / local build / other), Python and platform, GPU, and
 * environment variables with noise folded away and secrets masked unless revealed.
 *
 * @param foldedVariables noise variables that differ (see {@link NoiseVariables}); not part of {@code variables}
 */
public record EnvironmentDiff(List<FieldChange> packages, List<FieldChange> platform, List<FieldChange> gpu,
                              List<FieldChange> variables, List<FieldChange> foldedVariables,
                              boolean secretsRevealed) {

    public EnvironmentDiff {
        packages = List.copyOf(packages);
        platform = List.copyOf(platform);
        gpu = List.copyOf(gpu);
        variables = List.copyOf(variables);
        foldedVariables = List.copyOf(foldedVariables);
    }

    /** Plain-text snapshots of older deriva-ml have no structure, so they compare as empty here. */
    public static EnvironmentDiff of(EnvironmentSnapshot left, EnvironmentSnapshot right, boolean reveal) {
        List<FieldChange> variables = changes(EnvironmentFacts.variables(left, reveal),
                EnvironmentFacts.variables(right, reveal));
        return new EnvironmentDiff(
                changes(EnvironmentFacts.packages(left), EnvironmentFacts.packages(right)),
                changes(EnvironmentFacts.platform(left), EnvironmentFacts.platform(right)),
                changes(EnvironmentFacts.gpu(left), EnvironmentFacts.gpu(right)),
                variables.stream().filter(c -> !NoiseVariables.isNoise(c.key())).toList(),
                variables.stream().filter(c -> NoiseVariables.isNoise(c.key())).toList(),
                reveal);
    }

    /** uv.lock files compared by package: version (classified) and source. */
    public static List<FieldChange> uvLock(UvLock left, UvLock right) {
        return changes(EnvironmentFacts.uvLock(left), EnvironmentFacts.uvLock(right));
    }

    /** Nothing differs outside the folded noise. */
    public boolean isEmpty() {
        return packages.isEmpty() && platform.isEmpty() && gpu.isEmpty() && variables.isEmpty();
    }

    private static List<FieldChange> changes(Map<String, Field> left, Map<String, Field> right) {
        List<SectionFacts.Fields> both = List.of(new SectionFacts.Fields(Availability.PRESENT, left),
                new SectionFacts.Fields(Availability.PRESENT, right));
        List<FieldChange> out = new ArrayList<>();
        for (Row r : FieldRows.rows(both, 0)) {
            Cell c = r.cell(1);
            if (c.state().isDifference()) {
                out.add(new FieldChange(r.key(), r.label(), r.cell(0).value(), c.value(), c.state(), c.level(),
                        c.how()));
            }
        }
        return out;
    }
}
