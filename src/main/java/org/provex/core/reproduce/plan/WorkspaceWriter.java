package org.provex.core.reproduce.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.code.GitCheckout;
import org.provex.core.reproduce.plan.ReproductionPlan.Confirmation;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates a plan's workspace: the checkout of the exact commit, and beside it the pinned configuration.json, the
 * plan and the original's recorded files. Every file name is Provex's own; nothing named by the catalog becomes a
 * path.
 */
final class WorkspaceWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private WorkspaceWriter() {
    }

    static PreparedReproduction write(ReproductionPlan plan, Set<String> confirmed, CacheDatabase db,
                                      Map<String, String> environment) {
        if (!plan.launchable()) {
            throw new ReproduceException("This reproduction cannot be launched: " + String.join(" ",
                    plan.blockers()));
        }
        List<Confirmation> unanswered = plan.confirmations().stream().filter(c -> !confirmed.contains(c.id()))
                .toList();
        if (!unanswered.isEmpty()) {
            throw new ConfirmationRequiredException(unanswered);
        }
        List<Check> failed = plan.failedPreflight();
        if (!failed.isEmpty()) {
            throw new ReproduceException("The reproduction cannot start here: " + String.join(" ", failed.stream()
                    .map(c -> c.message() + (c.fix().isEmpty() ? "" : " " + c.fix())).toList()));
        }
        WorkspaceLayout ws = plan.workspace();
        try {
            requireFresh(ws.root());
            Files.createDirectories(ws.root());
            if (plan.checkout() != null) {
                ReproductionPlan.Checkout c = plan.checkout();
                GitCheckout.checkout(Path.of(c.repository()), c.commit(), ws.checkout(), c.branch(), c.remote());
            }
            Files.writeString(ws.configuration(), JSON.writeValueAsString(plan.configuration()) + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(ws.plan(), JSON.writeValueAsString(PlanJson.of(plan)) + "\n", StandardCharsets.UTF_8);
            copyRecorded(plan, db, ws.recorded());
        } catch (IOException e) {
            throw new ReproduceException("The workspace " + ws.root() + " could not be written (" + e.getMessage()
                    + ").", e);
        }
        return new PreparedReproduction(plan, plan.request(environment));
    }

    private static void requireFresh(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new ReproduceException(root + " is a file; choose a new folder for the reproduction.");
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new ReproduceException("The workspace " + root + " is not empty; choose a new or empty folder "
                        + "so nothing of another run mixes into the reproduction.");
            }
        }
    }

    /** The original's configuration, overrides and lock, under names Provex chooses. */
    private static void copyRecorded(ReproductionPlan plan, CacheDatabase db, Path dir) throws IOException {
        Optional<org.provex.core.cache.query.ExecutionDetail> detail = new ExecutionDetailQuery(db)
                .detail(plan.original().rid());
        if (detail.isEmpty()) {
            return;
        }
        Files.createDirectories(dir);
        for (AssetUse use : detail.get().metadataFiles()) {
            String name = switch (use.asset().kind()) {
                case CONFIGURATION -> "configuration.json";
                case HYDRA_OVERRIDES -> "overrides.yaml";
                case HYDRA_CONFIG -> "hydra-config.yaml";
                case UV_LOCK -> "uv.lock";
                default -> null;
            };
            if (name == null || use.asset().md5() == null) {
                continue;
            }
            Optional<InputStream> body = db.blobs().open(use.asset().md5(), use.asset().length(), true);
            if (body.isPresent()) {
                try (InputStream in = body.get()) {
                    Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
