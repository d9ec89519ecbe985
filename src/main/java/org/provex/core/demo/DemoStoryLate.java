package org.provex.core.demo;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.model.ExecutionStatus;

/**
 * April and May of the demo: v0.2.0 (extended model, Python 3.12, torch 2.5.1, CUDA 12.4), the
 * augmented dataset, evaluation in a pinned container, a learning-rate sweep, a run from an
 * uncommitted edit, and runs left Created, Running and Pending_Upload.
 */
final class DemoStoryLate {

    private DemoStoryLate() {
    }

    static void play(DemoStory s, DemoRecorder.Recorded pretrainedSource) {
        DemoRecorder rec = s.rec;
        s.at("2026-04-07T10:00:00");
        DemoRecorder.Recorded ext = s.record(extended(s, "0.3.0"));
        s.at("2026-04-08T09:00:00");
        s.record(s.loader(2, "Create the augmented training set (random crop + horizontal flip)", ex ->
                rec.createDataset("augmented", "CIFAR-10 augmented: training split with crop/flip augmentation",
                        List.of("Training", "Labeled"), ex)));
        if (!rec.datasetRid("augmented").equals(DemoSources.DATASET_RIDS.get("augmented"))) {
            throw new IllegalStateException("augmented dataset got RID " + rec.datasetRid("augmented"));
        }
        s.at("2026-04-09T13:20:00");
        s.record(s.with(extended(s, "0.3.0"), "model_config.learning_rate=0.0005"));
        s.at("2026-04-10T10:45:00");
        s.record(s.training(2, "cifar10_quick", "0.3.0"));
        s.at("2026-04-13T15:30:00");
        DemoRun aug = extended(s, "0.3.0");
        aug.datasets.clear();
        aug.datasets.put("augmented", "0.1.0");
        aug.datasetChoice = "cifar10_augmented";
        s.with(aug, "datasets=cifar10_augmented");
        s.record(aug);
        s.at("2026-04-14T09:10:00");
        DemoRun tune = s.training(2, "cifar10_quick", "0.3.0");
        tune.inputAssets.add(rec.outputAsset(pretrainedSource.execution(), "cifar10_cnn_weights.pt"));
        s.with(tune, "assets=pretrained_weights");
        tune.baseDescription = "Fine-tune from the first quick run's weights";
        DemoRecorder.Recorded tuned = s.record(tune);
        for (String day : List.of("2026-04-15T11:00:00", "2026-04-17T14:30:00", "2026-04-22T10:00:00")) {
            s.at(day);
            s.record(docker(s, day.startsWith("2026-04-17") ? ext : tuned));
        }
        s.at("2026-04-20T16:40:00");
        DemoRun stuck = extended(s, "0.3.0");
        stuck.client = DemoRecorder.COLLEAGUE;
        s.record(s.outcome(stuck, ExecutionStatus.PENDING_UPLOAD));
        s.at("2026-04-27T09:30:00");
        s.record(s.loader(2, "Add 500 augmented images (rotation) and release", ex -> {
            rec.mutate("augmented", "Added 500 rotated images.", ex);
            rec.release("augmented", "Adds rotation augmentation (500 images).", ex);
        }));
        sweep(s);
        s.at("2026-05-06T10:00:00");
        s.record(s.loader(3, "Flag near-duplicate images in CIFAR-10 complete (work in progress)", ex -> {
            rec.mutate("complete", "Flagged 112 near-duplicates.", ex);
            rec.mutate("complete", "Flagged 131 near-duplicates (second pass).", ex);
        }));
        s.at("2026-05-11T13:00:00");
        DemoRecorder.Recorded latest = s.record(head3(s, "cifar10_extended"));
        s.at("2026-05-12T09:00:00");
        s.record(s.notebook(3, latest));
        s.at("2026-05-13T15:20:00");
        s.record(s.outcome(head3(s, "cifar10_quick"), ExecutionStatus.CREATED));
        s.at("2026-05-15T14:05:00");
        DemoRun dirty = head3(s, "cifar10_quick");
        dirty.workflow = DemoWorkflows.dirty();
        dirty.dirty = true;
        dirty.baseDescription = "Quick CIFAR-10 training with batch norm (uncommitted experiment)";
        dirty.extraEnv.put("DERIVA_ML_ALLOW_DIRTY", "true");
        dirty.machine = DemoEnvironments.WORKSTATION;
        s.record(dirty);
        s.at("2026-05-18T08:30:00");
        s.record(s.outcome(head3(s, "cifar10_extended"), ExecutionStatus.PENDING_UPLOAD));
        s.at("2026-05-18T10:00:00");
        DemoRun running = head3(s, "cifar10_extended");
        running.client = DemoRecorder.COLLEAGUE;
        s.record(s.outcome(running, ExecutionStatus.RUNNING));
    }

    private static DemoRun extended(DemoStory s, String split) {
        DemoRun run = s.training(2, "cifar10_extended", split);
        run.machine = DemoEnvironments.A100_NEW_DRIVER;
        return run;
    }

    private static DemoRun head3(DemoStory s, String experiment) {
        DemoRun run = s.training(3, experiment, "0.3.0");
        run.machine = DemoEnvironments.A100_NEW_DRIVER;
        return run;
    }

    private static DemoRun docker(DemoStory s, DemoRecorder.Recorded source) {
        return docker(s, source, "testing", "the testing split");
    }

    /** An evaluation in the pinned container of a run's weights on version 0.2.0 of a testing dataset. */
    static DemoRun docker(DemoStory s, DemoRecorder.Recorded source, String testing, String testingName) {
        DemoRun run = new DemoRun(DemoWorkflows.docker(), -1, DemoPackages.GEN2);
        run.baseDescription = "Evaluate " + source.execution().rid() + " weights on " + testingName;
        run.hydra = false;
        run.machine = DemoEnvironments.CONTAINER;
        run.inputAssets.add(s.rec.outputAsset(source.execution(), "cifar10_cnn_weights.pt"));
        run.datasets.put(testing, "0.2.0");
        run.outputs = new ArrayList<>(List.of("evaluation", "predictions"));
        run.runSeconds = 60 + s.random.nextInt(40) + s.random.nextInt(10_000) / 10_000.0;
        return run;
    }

    /** {@code deriva-ml-run +multirun=lr_sweep}: a parent run, then one child per learning rate. */
    private static void sweep(DemoStory s) {
        s.at("2026-05-05T09:00:00");
        DemoRun parent = head3(s, "cifar10_quick");
        parent.sweepParent = true;
        parent.datasets.clear();
        parent.overrides.clear();
        parent.overrides.add("+multirun=lr_sweep");
        parent.baseDescription = "Learning-rate sweep for the quick CIFAR-10 model";
        parent.outputs = new ArrayList<>();
        parent.hydra = false;
        parent.runSeconds = 0;
        parent.outcome = ExecutionStatus.RUNNING;
        DemoRecorder.Recorded p = s.rec.run(parent);
        String[] rates = {"0.0001", "0.0003", "0.001", "0.003", "0.01"};
        for (int job = 0; job < rates.length; job++) {
            DemoRun child = head3(s, "cifar10_quick");
            child.job = job;
            child.overrides.add("model_config.learning_rate=" + rates[job]);
            child.learningRate = rates[job];
            if (job == 4) {
                child.error = """
                        Traceback (most recent call last):
                          File "/home/researcher/cifar10-model/src/models/cifar10_cnn.py", line 45, in cifar10_cnn
                            out.write(f"epoch={epoch + 1} loss={loss:.4f}\\n")
                        ValueError: loss is NaN at epoch 3 (learning rate 0.01 too high)""";
                child.outcome = ExecutionStatus.FAILED;
            }
            DemoRecorder.Recorded c = s.record(child);
            s.t.insert("Execution_Execution", child.client, "Execution", p.execution().rid(),
                    "Nested_Execution", c.execution().rid(), "Sequence", job);
        }
        // the atexit handler stops and commits the parent once every job has finished
        s.t.update(p.execution(), parent.client, "Status", "Stopped", "Execution_Duration",
                DemoFiles.duration(5400.5312));
        s.t.update(p.execution(), parent.client, "Status", "Pending_Upload");
        s.t.update(p.execution(), parent.client, "Status", "Uploaded", "Upload_Duration", DemoFiles.duration(1.2045));
    }
}
