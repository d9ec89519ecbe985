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
                    + " so its contents may have changed between the runs"), a.evidence());
        }
        if (a.answer() == Answer.SAME && (run.unpinnedInputs() || base.unpinnedInputs())) {
            List<String> reasons = new ArrayList<>();
            for (RunFacts r : List.of(base, run)) {
                if (r.unpinnedInputs()) {
                    reasons.add("the version of an input of " + r.run().rid() + " is not known"
                            + configurationNote(r));
                }
            }
            return new Aspect(Answer.UNKNOWN, reasons, a.evidence());
        }
        return a;
    }

    /**
     * Same checksum is not yet the same code: the per-run version (HEAD, dirty flag) comes from configuration.json,
     * so a run whose configuration.json is recorded but not here cannot be called the same.
     */
    private Aspect code(RunFacts run, RunFacts base, int i) {
        Aspect a = aspect(i, List.of(SectionId.CODE));
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        Set<String> missing = new LinkedHashSet<>();
        Set<String> fixes = new LinkedHashSet<>();
        if (a.answer() != Answer.NOT_RECORDED) {
            Availability baseConfig = base.section(SectionId.CONFIGURATION).availability();
            Availability runConfig = run.section(SectionId.CONFIGURATION).availability();
            for (RunFacts r : List.of(base, run)) {
                Availability c = r == base ? baseConfig : runConfig;
                Availability other = r == base ? runConfig : baseConfig;
                evidence.add(evidence(r, "configuration.json (run version)", c, other));
                if (c.state() == Availability.State.NOT_CACHED || c.state() == Availability.State.UNREADABLE) {
                    missing.add("run version unknown: " + c.reason());
                    fixes.add(c.fix());
                }
            }
        }
        List<String> reasons = new ArrayList<>(a.reasons());
        Answer answer = a.answer();
        if (answer == Answer.SAME && !missing.isEmpty()) {
            answer = Answer.UNKNOWN;
            reasons.addAll(withFixes(missing, fixes));
        }
        for (RunFacts r : List.of(base, run)) {
            if (r.dirty()) {
                reasons.add(r.run().rid() + " ran with uncommitted changes");
                answer = answer == Answer.SAME ? Answer.UNKNOWN : answer;
            }
        }
        return new Aspect(answer, reasons, evidence);
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
                ? Answer.UNKNOWN : platform.answer() == Answer.NOT_RECORDED && packages.answer() == Answer.NOT_RECORDED
                ? Answer.NOT_RECORDED : Answer.SAME;
        return new Aspect(answer, reasons, merge(platform.evidence(), packages.evidence()));
    }

    /** The reasons, then once what would fix them: {@code to fix: sync the catalog when it is reachable}. */
    private static List<String> withFixes(Set<String> reasons, Set<String> fixes) {
        List<String> out = new ArrayList<>(reasons);
        fixes.remove("");
        if (!fixes.isEmpty()) {
            out.add(Verdict.FIX + String.join("; ", fixes));
        }
        return out;
    }

    private static String configurationNote(RunFacts r) {
        Availability c = r.section(SectionId.CONFIGURATION).availability();
        return c.present() ? "" : " (" + c.reason() + ")";
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
     * DIFFERENT with the first differing rows as reasons. SAME only when every section was compared with data on
     * both sides and nothing differs; a section neither run recorded (no Hydra files in either) is skipped, and when
     * every section is skipped the answer is NOT_RECORDED. Anything else missing on either side (recorded but not
     * downloaded, unreadable, or recorded for one run only) makes it UNKNOWN, with the reason.
     */
    private Aspect aspect(int i, List<SectionId> ids) {
        List<String> reasons = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> fixes = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        int differing = 0;
        int compared = 0;
        for (SectionId id : ids) {
            Section s = sections.get(id);
            Availability base = runs.get(baseline).section(id).availability();
            Availability run = runs.get(i).section(id).availability();
            evidence.add(evidence(runs.get(baseline), source(id), base, run));
            evidence.add(evidence(runs.get(i), source(id), run, base));
            if (base.state() == Availability.State.NOT_RECORDED && run.state() == Availability.State.NOT_RECORDED) {
                continue;
            }
            if (!base.present() || !run.present()) {
                for (Availability a : List.of(base, run)) {
                    if (a.state() == Availability.State.NOT_CACHED) {
                        missing.add(a.reason());
                        fixes.add(a.fix());
                    }
                }
                s.notes().stream().filter(n -> n.state() != Availability.State.NOT_CACHED)
                        .filter(n -> n.baseline() || n.run().equals(runs.get(i).run().rid()))
                        .forEach(n -> missing.add(n.describe()));
                continue;
            }
            compared++;
            for (Row r : s.rows()) {
                if (r.cell(i).isOwnDifference() && !excluded(id, r.key()) && differing++ < REASONS) {
                    reasons.add(reason(r, i));
                }
            }
        }
        evidence = merge(evidence, List.of());
        if (differing > REASONS) {
            reasons.add("and " + (differing - REASONS) + " more");
        }
        if (differing > 0) {
            return new Aspect(Answer.DIFFERENT, reasons, evidence);
        }
        if (!missing.isEmpty()) {
            return new Aspect(Answer.UNKNOWN, withFixes(missing, fixes), evidence);
        }
        if (compared == 0) {
            return new Aspect(Answer.NOT_RECORDED, List.of("deriva-ml recorded none of it for either run"),
                    evidence);
        }
        return new Aspect(Answer.SAME, List.of(), evidence);
    }

    /** What a section is read from, as a person names it. */
    private static String source(SectionId id) {
        return switch (id) {
            case INPUTS -> "dataset inputs (catalog rows)";
            case CODE -> "workflow (catalog rows)";
            case CONFIG_CHOICES, CONFIGURATION -> "configuration.json";
            case HYDRA_CONFIG -> "Hydra config";
            case HYDRA_OVERRIDES -> "Hydra overrides";
            case PACKAGES, PLATFORM, GPU, VARIABLES -> "environment snapshot";
            case UV_LOCK -> "uv.lock";
            case VERDICT -> "";
        };
    }

    private static Evidence evidence(RunFacts run, String source, Availability own, Availability other) {
        Evidence.State state = switch (own.state()) {
            case PRESENT -> other.present() ? Evidence.State.COMPARED : Evidence.State.ONE_SIDED;
            case NOT_RECORDED -> Evidence.State.NOT_RECORDED;
            case NOT_CACHED -> Evidence.State.NOT_DOWNLOADED;
            case UNREADABLE -> Evidence.State.UNREADABLE;
        };
        return new Evidence(run.run().rid(), source, String.join(", ", own.files()), state,
                own.present() ? "" : own.explained());
    }

    /**
     * One entry per run and source (several sections read the same file), keeping the least favourable state: a
     * file compared for one section but unreadable for another counts as unreadable.
     */
    private static List<Evidence> merge(List<Evidence> first, List<Evidence> second) {
        Map<String, Evidence> out = new java.util.LinkedHashMap<>();
        for (List<Evidence> list : List.of(first, second)) {
            for (Evidence e : list) {
                out.merge(e.run() + "\u0000" + e.source(), e, (a, b) -> b.state().ordinal() > a.state().ordinal()
                        ? b : a);
            }
        }
        return List.copyOf(out.values());
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
        return word(what, a) + (a.reasons().isEmpty() ? "" : " (" + String.join("; ", a.reasons()) + ")");
    }

    /** {@code same code}, {@code unknown environment}, {@code environment not recorded}. */
    private static String word(String what, Aspect a) {
        return a.answer() == Answer.NOT_RECORDED ? what + " not recorded" : a.answer().label() + " " + what;
    }

    private static String headline(RunFacts base, List<Verdict.RunVerdict> runs) {
        String b = base.run().rid().value();
        if (runs.size() == 1) {
            Verdict.RunVerdict v = runs.get(0);
            return v.run() + " against baseline " + b + ": " + word("inputs", v.inputs()) + ", "
                    + word("code", v.code()) + ", " + word("configuration", v.configuration()) + ", "
                    + word("environment", v.environment()) + ".";
        }
        if (runs.stream().allMatch(Verdict.RunVerdict::allSame)) {
            return "All " + runs.size() + " runs have the same inputs, code, configuration and environment as"
                    + " baseline " + b + ".";
        }
        return "Against baseline " + b + " (" + runs.size() + " other runs): " + count(runs, "inputs", 0) + ", "
                + count(runs, "code", 1) + ", " + count(runs, "configuration", 2) + ", "
                + count(runs, "environment", 3) + ".";
    }

    private static String count(List<Verdict.RunVerdict> runs, String what, int aspect) {
        long different = 0;
        long unknown = 0;
        long unrecorded = 0;
        for (Verdict.RunVerdict v : runs) {
            Aspect a = switch (aspect) {
                case 0 -> v.inputs();
                case 1 -> v.code();
                case 2 -> v.configuration();
                default -> v.environment();
            };
            different += a.answer() == Answer.DIFFERENT ? 1 : 0;
            unknown += a.answer() == Answer.UNKNOWN ? 1 : 0;
            unrecorded += a.answer() == Answer.NOT_RECORDED ? 1 : 0;
        }
        String notes = (unknown > 0 ? "unknown in " + unknown : "")
                + (unknown > 0 && unrecorded > 0 ? ", " : "") + (unrecorded > 0 ? "not recorded in " + unrecorded : "");
        if (unrecorded == runs.size()) {
            return what + " not recorded";
        }
        if (different == 0) {
            return what + (notes.isEmpty() ? " same" : " same or unknown (" + notes + ")");
        }
        return what + (what.equals("inputs") ? " differ in " : " differs in ") + different
                + (notes.isEmpty() ? "" : " (" + notes + ")");
    }
}
