package org.provex.ui.reproduce;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchPreview;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.plan.ReproductionPlanner;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;
import org.provex.ui.reproduce.LaunchModel.Phase;

/**
 * The reproduce wizard of one execution: Source, Inputs, Code, Environment, Launch, Result. The plan is computed off
 * the FX thread (verification may clone the repository) and again whenever the mode, the dry-run choice or the target
 * changes, or the person asks to check again after fixing a preflight problem. Nothing is written until Launch: then
 * the workspace (the checkout of the exact commit, the pinned configuration beside it) is prepared and the command
 * started; the launch belongs to the application, so closing the wizard leaves it running.
 */
public final class ReproduceWizardViewModel {

    /** The wizard's steps, in order. */
    public enum Step { SOURCE, INPUTS, CODE, ENVIRONMENT, LAUNCH, RESULT }

    private final Messages m = Messages.of(ReproduceWizardViewModel.class);
    private final ViewContext ctx;
    private final ReproduceServices services;
    private final TaskSlot planning;
    private final TaskSlot linking;
    private final LaunchModel launch;
    private final ReadOnlyObjectWrapper<Rid> execution = new ReadOnlyObjectWrapper<>(this, "execution");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.SOURCE);
    private final ReadOnlyObjectWrapper<ReproductionPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper planError = new ReadOnlyStringWrapper(this, "planError");
    private final ReadOnlyStringWrapper resultMessage = new ReadOnlyStringWrapper(this, "resultMessage");
    private final ObjectProperty<ReproductionMode> mode = new SimpleObjectProperty<>(this, "mode",
            ReproductionMode.REPRODUCTION);
    private final BooleanProperty dryRun = new SimpleBooleanProperty(this, "dryRun");
    private final ObjectProperty<LaunchTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<LaunchPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ClusterProfileModel clusterProfile;
    private final ObservableSet<String> confirmed = FXCollections.observableSet();
    private final BooleanBinding confirmationsAnswered;
    private final BooleanBinding canLaunch;
    private final BooleanBinding canBack;
    private final BooleanBinding canNext;
    private String catalog;
    /** The planner of the opened run's catalog, made on the planning thread (see {@link PlannerSource}). */
    private PlannerSource planner;

    public ReproduceWizardViewModel(ViewContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.services = ctx.reproduce().services();
        this.planning = ctx.tasks().slot();
        this.linking = ctx.tasks().slot();
        this.launch = new LaunchModel(ctx.tasks(), ctx.reproduce().reproductions());
        target.set(services.targets().values().iterator().next());
        this.clusterProfile = new ClusterProfileModel(ctx.tasks(), services, this::replan);
        confirmationsAnswered = Bindings.createBooleanBinding(() -> plan.get() == null || plan.get().confirmations()
                .stream().allMatch(c -> confirmed.contains(c.id())), plan, confirmed);
        canLaunch = Bindings.createBooleanBinding(() -> plan.get() != null && plan.get().launchable()
                && plan.get().failedPreflight().isEmpty() && !planning.isRunning()
                && launch.phaseProperty().get() == Phase.NOT_STARTED, plan, planning.runningProperty(),
                launch.phaseProperty()).and(confirmationsAnswered);
        // once launched the plan is fixed: only the launch's output can be looked at again
        canBack = Bindings.createBooleanBinding(() -> step.get() != Step.SOURCE
                && (launch.phaseProperty().get() == Phase.NOT_STARTED || step.get() == Step.RESULT), step,
                launch.phaseProperty());
        canNext = Bindings.createBooleanBinding(this::nextAllowed, step, plan, planning.runningProperty(),
                launch.phaseProperty(), confirmed);
        mode.addListener((o, a, b) -> replan());
        dryRun.addListener((o, a, b) -> replan());
        target.addListener((o, a, b) -> replan());
        launch.phaseProperty().addListener((o, a, p) -> {
            if (p == Phase.FINISHED) {
                step.set(Step.RESULT);
            }
        });
        ctx.session().addListener((o, a, now) -> {
            if (catalog != null && (now == null || !catalog.equals(now.name())) && !launch.isRunning()) {
                planning.cancel();
                planner = null;
                planError.set(m.get("wizard.catalogClosed", catalog));
            }
        });
    }

    /** Plans the reproduction of an execution of the current catalog. */
    public void open(Rid rid) {
        execution.set(Objects.requireNonNull(rid, "rid"));
        CatalogSession session = ctx.session().get();
        if (session == null) {
            planError.set(m.get("wizard.noCatalog"));
            return;
        }
        catalog = session.name();
        clusterProfile.open(catalog);
        String name = catalog;
        planner = new PlannerSource(() -> services.planner(session.db(), name, services.snapshotProbe(name)));
        replan();
    }

    /** Plans again with the current choices (after fixing a preflight problem, e.g. installing uv). */
    public void replan() {
        if (planner == null || execution.get() == null || launch.phaseProperty().get() != Phase.NOT_STARTED) {
            return;
        }
        PlannerSource p = planner;
        ReproductionPlanner.Request request = new ReproductionPlanner.Request(execution.get(), mode.get(), null,
                dryRun.get(), target.get());
        planError.set(null);
        planning.task(m.get("wizard.task.plan", execution.get()), c -> planned(p.get().plan(request), request.target()))
                .onSuccess(this::planned)
                .onError(e -> planError.set(m.get("wizard.planFailed", Errors.message(e))))
                .start();
    }

    /** A plan with what its target will do with it (a Slurm job's batch script), both computed off the FX thread. */
    private record Planned(ReproductionPlan plan, LaunchPreview preview) {
    }

    private Planned planned(ReproductionPlan p, LaunchTarget t) {
        LaunchRequest draft = p.request(services.environment());
        return new Planned(p, draft == null ? null : t.preview(draft));
    }

    private void planned(Planned result) {
        ReproductionPlan p = result.plan();
        confirmed.retainAll(p.confirmations().stream().map(ReproductionPlan.Confirmation::id).toList());
        preview.set(result.preview());
        plan.set(p);
    }

    private boolean nextAllowed() {
        Step s = step.get();
        if (plan.get() == null || planning.isRunning()) {
            return false;
        }
        return switch (s) {
            case SOURCE, INPUTS, ENVIRONMENT -> true;
            case CODE -> plan.get().confirmations().stream().allMatch(c -> confirmed.contains(c.id()));
            case LAUNCH -> launch.phaseProperty().get() == Phase.FINISHED;
            case RESULT -> false;
        };
    }

    public void next() {
        if (canNext.get()) {
            step.set(Step.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canBack.get()) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Answers a confirmation of the plan (e.g. running committed code that is not the code that ran). */
    public void confirm(String id, boolean yes) {
        if (yes) {
            confirmed.add(id);
        } else {
            confirmed.remove(id);
        }
    }

    /** Prepares the workspace and starts the command shown. */
    public void launch() {
        if (canLaunch.get()) {
            launch.launch(planner.get(), plan.get(), confirmed);
        }
    }

    /** Copies the command as one line (for a terminal; Provex itself never runs it through a shell). */
    public void copyCommand() {
        ReproductionPlan p = plan.get();
        if (p != null && p.command() != null) {
            ctx.dialogs().copyToClipboard(p.command().display());
            ctx.notifications().info(m.get("launch.copied"));
        }
    }

    /** Ends the running command and every process it started. */
    public void stop() {
        launch.stop();
    }

    /**
     * Looks for the new run in the current catalog's cache (it appears there after a sync) and compares it with the
     * original when found.
     */
    public void compareWithOriginal() {
        ReproductionRecord r = launch.recordProperty().get();
        CatalogSession session = ctx.session().get();
        if (r == null || session == null || !session.name().equals(r.catalog())) {
            resultMessage.set(m.get("result.otherCatalog"));
            return;
        }
        linking.task(m.get("result.task.link", r.original()), c -> ctx.reproduce().reproductions().link(r,
                session.db())).onSuccess(linked -> {
                    launch.updateRecord(linked);
                    if (linked.link() == null) {
                        resultMessage.set(m.get(r.dryRun() ? "result.notFound.dryRun" : "result.notFound"));
                    } else {
                        resultMessage.set(m.get("result.found", linked.link().execution()));
                        ctx.navigator().compare(List.of(new Rid(r.original()), new Rid(linked.link().execution())));
                    }
                }).onError(e -> resultMessage.set(Errors.message(e))).start();
    }

    /** Shows the original execution in the main window. */
    public void showOriginal() {
        if (execution.get() != null) {
            ctx.navigator().showExecution(execution.get());
        }
    }

    /** The wizard closes: stop planning and following; a running launch goes on. */
    public void close() {
        planning.cancel();
        linking.cancel();
        boolean running = launch.isRunning();
        launch.detach();
        if (running) {
            ctx.notifications().info(m.get("wizard.closedRunning", execution.get()));
        }
    }

    public ReadOnlyObjectProperty<Rid> execution() {
        return execution.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReproductionPlan> plan() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty planning() {
        return planning.runningProperty();
    }

    /** Why there is no plan (no catalog, the run is not cached, the repository failed), or null. */
    public ReadOnlyStringProperty planError() {
        return planError.getReadOnlyProperty();
    }

    public ObjectProperty<ReproductionMode> mode() {
        return mode;
    }

    public BooleanProperty dryRun() {
        return dryRun;
    }

    public ObjectProperty<LaunchTarget> target() {
        return target;
    }

    public List<LaunchTarget> targets() {
        return List.copyOf(services.targets().values());
    }

    /** What the chosen target will run and how (its batch script, the submission, its settings), or null. */
    public ReadOnlyObjectProperty<LaunchPreview> preview() {
        return preview.getReadOnlyProperty();
    }

    ClusterProfileModel clusterProfile() {
        return clusterProfile;
    }

    public ObservableSet<String> confirmed() {
        return confirmed;
    }

    public BooleanBinding canBack() {
        return canBack;
    }

    public BooleanBinding canNext() {
        return canNext;
    }

    public BooleanBinding canLaunch() {
        return canLaunch;
    }

    public ReadOnlyObjectProperty<Phase> launchPhase() {
        return launch.phaseProperty();
    }

    /**
     * The batch job of the launch in its last known state, followed while it runs (pending, running, completed,
     * failed, cancelled, timeout, out of memory, node failure...); null for a process on this computer.
     */
    public ReadOnlyObjectProperty<BatchJob> job() {
        return launch.jobProperty();
    }

    /** Why the launch failed to start or be followed, or null. */
    public ReadOnlyObjectProperty<String> launchProblem() {
        return launch.problemProperty();
    }

    /** The recorded attempt, once launched; updated when it ends or is linked to the new run. */
    public ReadOnlyObjectProperty<ReproductionRecord> record() {
        return launch.recordProperty();
    }

    /** The command's output so far (the last {@value LaunchModel#MAX_LINES} lines). */
    public ObservableList<String> output() {
        return launch.output();
    }

    public ReadOnlyStringProperty resultMessage() {
        return resultMessage.getReadOnlyProperty();
    }

    /**
     * Makes a catalog's planner once, on the first thread that asks: the planning task's, never the FX thread, since
     * making it reads the credential file and, for a live catalog, builds the HTTP client with its trusted
     * certificates (a few hundred ms; more with a home directory on a network share).
     */
    private static final class PlannerSource {
        private final java.util.function.Supplier<ReproductionPlanner> make;
        private ReproductionPlanner made;

        PlannerSource(java.util.function.Supplier<ReproductionPlanner> make) {
            this.make = make;
        }

        synchronized ReproductionPlanner get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
    }
}
