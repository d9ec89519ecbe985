package org.provex.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provex.core.diff.Verdict.Answer;
import org.provex.core.diff.Verdict.Aspect;

/** Reads the verdict off the compared sections, so it can never disagree with the rows below it. */
final class VerdictBuilder {

    private static final int REASONS = 3;
    private static final int VALUE_WIDTH = 48;
    /** configuration.json paths that always differ (free text) or are judged under Code. */
    private static final Set<String> CONFIG_NOISE = Set.of("description", "argv", "workflow");

    private final List<RunFacts> runs;
    private final int baseline;
    private final Map<SectionId, Section> sections;

    private VerdictBuilder(List<RunFacts> runs, int baseline, Map<SectionId, Section> sections) {
        this.runs = runs;
        this.baseline = baseline;
        this.sections = sections;
    }

    static Verdict build(List<RunFacts> runs, int baseline, Map<SectionId, Section> sections) {
        return new VerdictBuilder(runs, baseline, sections).build();
    }

    private Verdict build() {
        List<Verdict.RunVerdict> out = new ArrayList<>();
        RunFacts base = runs.get(baseline);
        for (int i = 0; i < runs.size(); i++) {
            if (i == baseline) {
                continue;
            }
            RunFacts run = runs.get(i);
            Aspect inputs = inputs(run, base, i);
            Aspect code = code(run, base, i);
            Aspect config = aspect(i, List.of(SectionId.CONFIG_CHOICES, SectionId.HYDRA_CONFIG,
                    SectionId.HYDRA_OVERRIDES, SectionId.CONFIGURATION));
            Aspect env = environment(i);
            out.add(new Verdict.RunVerdict(run.run().rid(), inputs, code, config, env,
                    run.run().rid() + ": " + phrase("inputs", inputs) + "; " + phrase("code", code) + "; "
                            + phrase("configuration", config) + "; " + phrase("environment", env)));
        }
        return new Verdict(headline(base, out), out);
    }

    private Aspect inputs(RunFacts run, RunFacts base, int i) {
        Aspect a = aspect(i, List.of(SectionId.INPUTS));
        if (a.answer() == Answer.SAME && (run.devInputs() || base.devInputs())) {
            return new Aspect(Answer.UNKNOWN, List.of("same dataset versions, but a dev version has no snapshot,"
                    + " so its contents may have changed between the runs"));
        }
        return a;
    }

    private Aspect code(RunFacts run, RunFacts base, int i) {
        Aspect a = aspect(i, List.of(SectionId.CODE));
        List<String> reasons = new ArrayList<>(a.reasons());
        for (RunFacts r : List.of(base, run)) {
            if (r.dirty()) {
                reasons.add(r.run().rid() + " ran with uncommitted changes");
            }
        }
        if (reasons.size() == a.reasons().size()) {
            return a;
        }
        return new Aspect(a.answer() == Answer.SAME ? Answer.UNKNOWN : a.answer(), reasons);
    }

    private Aspect environment(int i) {
        Aspect platform = aspect(i, List.of(SectionId.PLATFORM, SectionId.GPU));
        Aspect packages = aspect(i, List.of(SectionId.PACKAGES));
        List<String> reasons = new ArrayList<>();
        if (packages.answer() == Answer.DIFFERENT) {
            reasons.add(packageSummary(sections.get(SectionId.PACKAGES), i));
        }
        reasons.addAll(platform.reasons());
        if (packages.answer() == Answer.UNKNOWN && platform.answer() != Answer.UNKNOWN) {
            reasons.addAll(packages.reasons());
        }
        Answer answer = platform.answer() == Answer.DIFFERENT || packages.answer() == Answer.DIFFERENT
                ? Answer.DIFFERENT : platform.answer() == Answer.UNKNOWN || packages.answer() == Answer.UNKNOWN
                ? Answer.UNKNOWN : Answer.SAME;
        return new Aspect(answer, reasons);
    }

    /** {@code 14 packages differ (3 added, 2 removed, 9 upgraded)}. */
    static String packageSummary(Section packages, int i) {
        Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
        int total = 0;
        for (Row r : packages.rows()) {
            CellState s = r.cell(i).state();
            if (r.cell(i).isOwnDifference()) {
                counts.merge(s, 1, Integer::sum);
                total++;
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(n + " " + s.label()));
        return total + (total == 1 ? " package differs (" : " packages differ (") + String.join(", ", parts) + ")";
    }

    /**
     * DIFFERENT with the first differing rows as reasons. UNKNOWN when one side lacks a section's data, or when
     * neither has data for any of the sections. A section both runs lack (no Hydra files in either) is skipped.
     */
    private Aspect aspect(int i, List<SectionId> ids) {
        List<String> reasons = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> bothMissing = new LinkedHashSet<>();
        int differing = 0;
        int compared = 0;
        for (SectionId id : ids) {
            Section s = sections.get(id);
            boolean baseLacks = !runs.get(baseline).section(id).availability().present();
            boolean runLacks = !runs.get(i).section(id).availability().present();
            if (baseLacks || runLacks) {
                Set<String> target = baseLacks && runLacks ? bothMissing : missing;
                s.notes().stream().filter(n -> n.baseline() || n.run().equals(runs.get(i).run().rid()))
                        .forEach(n -> target.add(n.describe()));
                continue;
            }
            compared++;
            for (Row r : s.rows()) {
                if (r.cell(i).isOwnDifference() && !excluded(id, r.key()) && differing++ < REASONS) {
                    reasons.add(reason(r, i));
                }
            }
        }
        if (differing > REASONS) {
            reasons.add("and " + (differing - REASONS) + " more");
        }
        if (differing > 0) {
            return new Aspect(Answer.DIFFERENT, reasons);
        }
        if (!missing.isEmpty()) {
            return new Aspect(Answer.UNKNOWN, List.copyOf(missing));
        }
        return compared == 0 ? new Aspect(Answer.UNKNOWN, List.copyOf(bothMissing))
                : new Aspect(Answer.SAME, List.of());
    }

    private static boolean excluded(SectionId id, String key) {
        if (id == SectionId.PLATFORM) {
            return EnvironmentFacts.INFORMATIONAL.contains(key);
        }
        if (id == SectionId.HYDRA_CONFIG && key.equals("description")) {
            return true;
        }
        if (id == SectionId.CONFIGURATION) {
            for (String top : CONFIG_NOISE) {
                if (key.equals(top) || key.startsWith(top + ".") || key.startsWith(top + "[")) {
                    return true;
                }
            }
        }
        return false;
    }

    private String reason(Row r, int i) {
        Cell c = r.cell(i);
        String was = clip(r.cell(baseline).value());
        String now = clip(c.value());
        return switch (c.state()) {
            case ADDED -> r.label() + " added (" + now + ")";
            case REMOVED -> r.label() + " removed (was " + was + ")";
            case MOVED -> r.label() + " " + c.how();
            default -> r.label() + ": " + was + " → " + now;
        };
    }

    private static String clip(String value) {
        return value.length() <= VALUE_WIDTH ? value : value.substring(0, VALUE_WIDTH - 1) + "…";
    }

    private static String phrase(String what, Aspect a) {
        String word = switch (a.answer()) {
            case SAME -> "same ";
            case DIFFERENT -> "different ";
            case UNKNOWN -> "unknown ";
        };
        return word + what + (a.reasons().isEmpty() ? "" : " (" + String.join("; ", a.reasons()) + ")");
    }

    private static String headline(RunFacts base, List<Verdict.RunVerdict> runs) {
        String b = base.run().rid().value();
        if (runs.size() == 1) {
            Verdict.RunVerdict v = runs.get(0);
            return v.run() + " against baseline " + b + ": " + word(v.inputs()) + " inputs, " + word(v.code())
                    + " code, " + word(v.configuration()) + " configuration, " + word(v.environment())
                    + " environment.";
        }
        if (runs.stream().allMatch(Verdict.RunVerdict::allSame)) {
            return "All " + runs.size() + " runs have the same inputs, code, configuration and environment as"
                    + " baseline " + b + ".";
        }
        return "Against baseline " + b + " (" + runs.size() + " other runs): " + count(runs, "inputs", 0) + ", "
                + count(runs, "code", 1) + ", " + count(runs, "configuration", 2) + ", "
                + count(runs, "environment", 3) + ".";
    }

    private static String word(Aspect a) {
        return a.answer() == Answer.UNKNOWN ? "unknown" : a.same() ? "same" : "different";
    }

    private static String count(List<Verdict.RunVerdict> runs, String what, int aspect) {
        long different = 0;
        long unknown = 0;
        for (Verdict.RunVerdict v : runs) {
            Aspect a = switch (aspect) {
                case 0 -> v.inputs();
                case 1 -> v.code();
                case 2 -> v.configuration();
                default -> v.environment();
            };
            different += a.answer() == Answer.DIFFERENT ? 1 : 0;
            unknown += a.answer() == Answer.UNKNOWN ? 1 : 0;
        }
        if (different == 0) {
            return what + (unknown == 0 ? " same" : " same or unknown (unknown in " + unknown + ")");
        }
        return what + (what.equals("inputs") ? " differ in " : " differs in ") + different
                + (unknown > 0 ? " (unknown in " + unknown + ")" : "");
    }
}
