package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.provex.core.reproduce.launch.BatchJob;

/**
 * A batch job's state in words, kept current while the wizard follows the job: "Slurm job 4242: running — Running;
 * node gpu-07 (read 14:02:31)", coloured by how it stands (waiting, running, done well, ended badly).
 */
final class JobStateLabel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    /** The states a job waits in, before or between runs. */
    private static final Set<String> WAITING_STATES = Set.of("pending", "requeued", "suspended", "starting");

    private JobStateLabel() {
    }

    /** A label that follows {@code job}, hidden while there is none (a process on this computer). */
    static Label following(String id, ObservableValue<BatchJob> job) {
        Label label = WizardParts.wrapped("");
        label.setId(id);
        label.getStyleClass().add("job-state");
        job.addListener((o, a, j) -> show(label, j));
        show(label, job.getValue());
        return label;
    }

    /** The job and its state in one line, e.g. "Slurm job 4242: timeout — Stopped by Slurm at its time limit". */
    static String describe(BatchJob job) {
        String scheduler = job.scheduler().isEmpty() ? job.scheduler()
                : Character.toUpperCase(job.scheduler().charAt(0)) + job.scheduler().substring(1);
        String said = job.stateDetail() == null ? "" : job.stateDetail().strip();
        String detail = said.isEmpty() ? "" : " \u2014 " + (said.endsWith(".") ? said.substring(0, said.length() - 1)
                : said);
        return M.get("launch.job.state", scheduler, job.id(), job.state(), detail);
    }

    private static void show(Label label, BatchJob job) {
        WizardParts.show(label, job != null);
        if (job == null) {
            label.setText("");
            return;
        }
        label.setText(job.updated() == null ? describe(job)
                : M.get("launch.job.read", describe(job), TIME.format(job.updated())));
        boolean waiting = WAITING_STATES.contains(job.state());
        boolean good = job.finished() && BatchJob.COMPLETED.equals(job.state());
        label.pseudoClassStateChanged(WAITING, !job.finished() && waiting);
        label.pseudoClassStateChanged(ACTIVE, !job.finished() && !waiting);
        label.pseudoClassStateChanged(GOOD, good);
        label.pseudoClassStateChanged(BAD, job.finished() && !good);
    }
}
