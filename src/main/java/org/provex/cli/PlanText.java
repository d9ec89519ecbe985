package org.provex.cli;

import java.util.List;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.plan.EnvironmentComparison;
import org.provex.core.reproduce.plan.PinnedInput;
import org.provex.core.reproduce.plan.ReproductionPlan;

/** The text form of a reproduction plan: what will happen, the checks, then the exact command. */
final class PlanText {

    private final ReproductionPlan p;
    private final StringBuilder out = new StringBuilder();

    PlanText(ReproductionPlan plan) {
        this.p = plan;
    }

    String render() {
        line(p.label() + "  (plan " + p.id() + ")");
        line("Original: " + p.original().rid() + " " + p.original().status() + ", " + Format.minute(p.original()
                .created()) + " UTC, workflow " + p.original().workflow() + " " + nz(p.original().workflowName()));
        blank();
        line("Readiness: " + p.readiness().summary());
        checks(p.readiness().checks());
        blank();
        line("Code");
        CodeVerification v = p.verification();
        if (v != null) {
            line("  verification: " + v.verdict().word() + " (" + v.reason().word() + ") " + v.message());
        }
        if (p.checkout() != null) {
            ReproductionPlan.Checkout c = p.checkout();
            line("  checkout:     commit " + c.commit() + " (" + (c.source() == null ? "" : c.source().word())
                    + ") from " + c.repository());
            line("                into " + p.workspace().checkout() + " on branch " + c.branch()
                    + (c.urlCommit().isEmpty() || c.urlCommit().equals(c.commit()) ? ""
                    : "; the URL's commit " + c.urlCommit().substring(0, 12) + " only last touched " + c.path()));
        }
        blank();
        line("Inputs");
        if (p.inputs().isEmpty()) {
            line("  (none)");
        }
        for (PinnedInput in : p.inputs()) {
            line("  " + in.dataset() + " " + in.label() + " @ " + nz(in.version()) + " snapshot "
                    + (in.snapshot() == null ? "-" : in.snapshot().value()) + "  [" + in.resolution().word() + "]");
            if (!in.note().isEmpty()) {
                line("    " + in.note());
            }
        }
        p.assets().forEach(a -> line("  asset " + (a.rid() != null ? a.rid().value() : a.path())));
        blank();
        line("Overrides (from " + p.recorded().source().word() + ")");
        p.recorded().values().forEach(v2 -> line("  " + v2));
        if (!p.recorded().refused().isEmpty()) {
            line("  refused: " + p.recorded().refused());
        }
        environment(p.environment());
        if (!p.preflight().isEmpty()) {
            blank();
            line("Preflight");
            checks(p.preflight());
        }
        if (!p.notes().isEmpty()) {
            blank();
            line("Notes");
            p.notes().forEach(n -> line("  - " + n));
        }
        blank();
        if (!p.blockers().isEmpty()) {
            line("Cannot launch:");
            p.blockers().forEach(b -> line("  - " + b));
        } else {
            line("Command (in " + p.command().workingDirectory() + "):");
            line("  " + p.command().display());
            p.confirmations().forEach(c -> line("Needs confirmation [" + c.id() + "]: " + c.question()));
            line("Workspace: " + p.workspace().root() + " (configuration.json and plan.json beside the checkout)");
        }
        return out.toString();
    }

    private void environment(EnvironmentComparison e) {
        if (e == null) {
            return;
        }
        blank();
        line("Environment");
        line("  uv.lock: " + e.uvLock().word() + ". " + e.lockMessage());
        e.lockChanges().stream().limit(10).forEach(c -> line("    " + c.label() + ": " + nz(c.left()) + " -> "
                + nz(c.right())));
        for (EnvironmentComparison.Fact f : e.facts()) {
            line("  " + pad(f.name(), 17) + "recorded " + dash(f.recorded()) + ", here " + dash(f.here())
                    + (f.differs() ? "  (differs)" : ""));
        }
    }

    private void checks(List<Check> checks) {
        for (Check c : checks) {
            line("  [" + pad(c.status().word(), 7) + "] " + c.message());
            if (c.status() != Check.Status.PASS) {
                if (!c.consequence().isEmpty()) {
                    line("            " + c.consequence());
                }
                if (!c.fix().isEmpty()) {
                    line("            Fix: " + c.fix());
                }
            }
        }
    }

    private void line(String s) {
        out.append(TextTable.clean(s)).append('\n');
    }

    private void blank() {
        out.append('\n');
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s : s + " ".repeat(n - s.length());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
