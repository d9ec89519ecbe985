package org.provex.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.RunDuration;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;

/** The human-readable form of {@code provex show}. Catalog text is cleaned of control characters. */
final class ShowText {

    private static final int PACKAGES_SHOWN = 15;

    private final ExecutionAudit audit;
    private final boolean reveal;
    private final boolean allPackages;
    private final StringBuilder sb = new StringBuilder();

    ShowText(ExecutionAudit audit, boolean reveal, boolean allPackages) {
        this.audit = audit;
        this.reveal = reveal;
        this.allPackages = allPackages;
    }

    String render() {
        ExecutionDetail d = audit.detail();
        Execution e = d.execution();
        sb.append("Execution ").append(e.rid()).append("  ").append(ExecutionStatus.displayName(e.status()))
                .append('\n');
        field("Description", e.description());
        field("Created", Format.minute(e.created()) + " UTC");
        if (e.statusDetail() != null && !e.statusDetail().equals(e.description())) {
            block("Status detail", e.statusDetail());
        }
        durations(e);
        if (!audit.findings().isEmpty()) {
            section("Findings");
            audit.findings().forEach(f -> line("  " + f.severity() + "  " + f.message()));
        }
        code(d.workflow(), d.code());
        inputs(d.inputs());
        files("Metadata files", d.metadataFiles(), audit);
        files("Assets", d.assets(), null);
        nesting(d);
        audit.configuration().ifPresent(this::configuration);
        audit.environment().ifPresent(this::environment);
        return sb.toString();
    }

    private void durations(Execution e) {
        StringBuilder s = new StringBuilder();
        append(s, "execution", e.durations().execution());
        append(s, "download", e.durations().download());
        append(s, "upload", e.durations().upload());
        append(s, "total", e.durations().legacy());
        if (s.length() > 0) {
            field("Durations", s.toString());
        }
    }

    private static void append(StringBuilder s, String name, RunDuration d) {
        if (d != null) {
            s.append(s.length() > 0 ? ", " : "").append(name).append(' ').append(d.display());
        }
    }

    private void code(Workflow w, CodeIdentity code) {
        section("Code");
        if (w == null) {
            line("  (workflow not in the cache)");
            return;
        }
        field("  Workflow", w.rid() + "  " + Objects.toString(w.name(), ""));
        WorkflowUrl url = w.parsedUrl();
        if (url instanceof WorkflowUrl.GitBlob b) {
            field("  Repository", b.remote());
            field("  File commit", b.hasCommit() ? b.commit() : "(never committed)");
            field("  Path", b.path());
        } else if (url instanceof WorkflowUrl.DockerImage dk) {
            field("  Image", dk.image());
            field("  Digest", dk.digest());
        } else {
            field("  URL", url.raw().isEmpty() ? "(none)" : url.raw());
        }
        field("  Checksum", w.checksum());
        if (code != null && !code.runVersion().isEmpty()) {
            field("  Run version", code.runVersion().text() + (code.dirty() ? "  (dirty tree)" : "")
                    + code.headCommit().map(h -> "  HEAD " + h).orElse(""));
        }
    }

    private void inputs(List<InputDetail> inputs) {
        section("Inputs");
        if (inputs.isEmpty()) {
            line("  (no input datasets)");
        }
        for (InputDetail i : inputs) {
            String snap = i.input().snapshot() == null ? "no snapshot"
                    : "snapshot " + i.input().snapshot() + " (" + Format.minute(i.input().snapshot().toInstant()) + ")";
            line("  " + i.input().dataset() + "  " + i.datasetLabel() + "  version "
                    + Objects.toString(i.input().version(), "?") + (i.dev() ? " (dev)" : "") + "  " + snap
                    + (i.input().source() == org.provex.core.model.ExecutionInput.Source.CONFIGURATION
                    ? "  [pinned from configuration.json]" : ""));
        }
    }

    private void files(String title, List<AssetUse> uses, ExecutionAudit withCacheState) {
        if (uses.isEmpty()) {
            return;
        }
        section(title);
        TextTable t = new TextTable(List.of("  NAME", "ROLE", "TYPES", "SIZE", "MD5"), 48, 6, 32, 10, 32);
        for (AssetUse u : uses) {
            boolean cached = withCacheState == null || withCacheState.files().stream()
                    .anyMatch(f -> f.use().equals(u) && f.cached());
            t.row("  " + u.asset().filename() + (cached ? "" : " (not cached)"), u.role().term(),
                    String.join(", ", u.asset().types()), Format.bytes(u.asset().length()), u.asset().md5());
        }
        sb.append(t.render());
    }

    private void nesting(ExecutionDetail d) {
        if (d.parent() != null) {
            field("Sweep parent", d.parent().value());
        }
        if (!d.children().isEmpty()) {
            section("Sweep jobs");
            d.children().forEach(c -> line("  #" + c.sequence() + "  " + c.child()));
        }
        if (!d.produced().isEmpty()) {
            section("Produced dataset versions");
            d.produced().forEach(v -> line("  " + v.dataset() + " " + v.version() + "  (" + v.rid() + ")"));
        }
    }

    private void configuration(ExecutionConfiguration c) {
        section("Configuration (configuration.json)");
        if (!c.configChoices().isEmpty()) {
            line("  Config choices:");
            c.configChoices().entrySet().stream().filter(en -> !en.getKey().startsWith("hydra/"))
                    .forEach(en -> line("    " + en.getKey() + " = " + en.getValue()));
        }
        c.datasets().forEach(s -> line("  Dataset " + s.rid() + " @ " + s.version()));
        if (!c.argv().isEmpty()) {
            field("  Command", String.join(" ", c.argv()));
        }
    }

    private void environment(EnvironmentSnapshot env) {
        section("Environment");
        if (env.isPlainText()) {
            block(reveal ? "  (plain text snapshot, secrets REVEALED)"
                    : "  (plain text snapshot, secret-looking values masked; --reveal-secrets shows them)",
                    reveal ? env.plainText().orElse("") : env.maskedPlainText());
            return;
        }
        field("  Python", join(env.python().implementation(), env.python().version()));
        field("  Platform", join(env.platform().osPrettyName(), env.platform().system(), env.platform().release(),
                env.platform().machine()));
        String gpus = env.gpu().devices().stream().map(g -> join(g.name(), g.memory(), "driver " + g.driver()))
                .reduce((a, b) -> a + "; " + b).orElse(env.gpu().available() ? "available" : "none");
        field("  GPU", gpus + (env.gpu().cudaVersion() == null ? "" : "  CUDA " + env.gpu().cudaVersion())
                + (env.gpu().cudnnVersion() == null ? "" : "  cuDNN " + env.gpu().cudnnVersion()));
        line("  Packages (" + env.packages().size() + "):");
        env.packages().entrySet().stream().limit(allPackages ? Long.MAX_VALUE : PACKAGES_SHOWN)
                .forEach(p -> line("    " + p.getKey() + " " + p.getValue()));
        if (!allPackages && env.packages().size() > PACKAGES_SHOWN) {
            line("    ... " + (env.packages().size() - PACKAGES_SHOWN) + " more (--all-packages)");
        }
        Map<String, String> vars = reveal ? env.environment() : env.maskedEnvironment();
        line("  Environment variables (" + vars.size() + (reveal ? ", secrets REVEALED" : ", "
                + maskedCount(env) + " masked; --reveal-secrets shows them") + "):");
        vars.forEach((k, v) -> line("    " + k + "=" + v));
    }

    static long maskedCount(EnvironmentSnapshot env) {
        Map<String, String> masked = env.maskedEnvironment();
        return env.environment().entrySet().stream()
                .filter(en -> !Objects.equals(en.getValue(), masked.get(en.getKey()))).count();
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                s.append(s.length() > 0 ? " " : "").append(p);
            }
        }
        return s.toString();
    }

    private void section(String title) {
        sb.append('\n').append(title).append('\n');
    }

    private void field(String name, String value) {
        sb.append(String.format("%-14s ", name + ":")).append(TextTable.clean(Objects.toString(value, "")))
                .append('\n');
    }

    private void block(String name, String text) {
        sb.append(name).append(":\n");
        for (String l : text.split("\\R")) {
            sb.append("    ").append(TextTable.clean(l)).append('\n');
        }
    }

    private void line(String text) {
        sb.append(TextTable.clean(text)).append('\n');
    }
}
