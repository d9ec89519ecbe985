package org.provex.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.provex.core.model.ExecutionStatus;

/**
 * The normal demo, beat by beat: March (v0.1.0, quick runs, first dataset releases) and the notebook
 * work after commit 2; {@link DemoStoryLate} plays April and May. Helpers are package-private so the
 * second half can use them.
 */
final class DemoStory {

    static final String OOM = """
            Traceback (most recent call last):
              File "/home/researcher/cifar10-model/.venv/lib/python3.11/site-packages/deriva_ml/execution/runner.py", \
            line 412, in run_model
                model_config(ml_instance=ml, execution=execution)
              File "/home/researcher/cifar10-model/src/models/cifar10_cnn.py", line 44, in cifar10_cnn
                loss = train_one_epoch(model, train, optimizer, device)
              File "/home/researcher/cifar10-model/.venv/lib/python3.11/site-packages/torch/nn/modules/conv.py", \
            line 454, in _conv_forward
                return F.conv2d(input, weight, bias, self.stride,
            torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of \
            31.74 GiB of which 1.12 GiB is free. Including non-PyTorch memory, this process has 30.61 GiB memory \
            in use. Of the allocated memory 29.87 GiB is allocated by PyTorch, and 312.45 MiB is reserved by \
            PyTorch but unallocated.""";

    final DemoRecorder rec;
    final DemoTables t;
    final Random random;
    private final List<DemoRecorder.Recorded> runs = new ArrayList<>();

    DemoStory(DemoRecorder rec, long seed) {
        this.rec = rec;
        this.t = rec.tables();
        this.random = new Random(seed);
    }

    void at(String date) {
        t.advanceTo(Instant.parse(date + "Z"));
    }

    DemoRecorder.Recorded record(DemoRun run) {
        DemoRecorder.Recorded r = rec.run(run);
        runs.add(r);
        t.advanceTo(t.now().plus(Duration.ofMinutes(20 + random.nextInt(300))));
        return r;
    }

    DemoRun loader(int head, String description, java.util.function.Consumer<String> work) {
        DemoRun run = new DemoRun(DemoWorkflows.loader(), head, head >= 2 ? DemoPackages.GEN2 : DemoPackages.GEN1);
        run.baseDescription = description;
        run.hydra = false;
        run.outputs = new ArrayList<>();
        run.runSeconds = 1800 + random.nextInt(900);
        run.machine = DemoEnvironments.WORKSTATION;
        run.work = work;
        return run;
    }

    DemoRun training(int head, String experiment, String split) {
        DemoWorkflows.Spec wf = head >= 2 ? DemoWorkflows.cnnV2() : DemoWorkflows.cnnV1();
        DemoPackages gen = head == 3 ? DemoPackages.GEN3 : head == 2 ? DemoPackages.GEN2 : DemoPackages.GEN1;
        DemoRun run = new DemoRun(wf, head, gen);
        boolean extended = experiment.equals("cifar10_extended");
        run.experiment = experiment;
        run.modelConfig = experiment;
        run.epochs = extended ? 50 : 10;
        run.overrides.add("+experiment=" + experiment);
        run.baseDescription = extended ? "Extended CIFAR-10 training: 50 epochs, 64->128 channels, dropout 0.25"
                : "Quick CIFAR-10 training: 10 epochs, 32->64 channels";
        run.datasets.put("split", split);
        run.runSeconds = (extended ? 2400 : 420) + random.nextInt(240) + random.nextInt(10_000) / 10_000.0;
        run.downloadSeconds = 30 + random.nextInt(60) + random.nextInt(10_000) / 10_000.0;
        run.uploadSeconds = 8 + random.nextInt(20) + random.nextInt(10_000) / 10_000.0;
        return run;
    }

    DemoRun with(DemoRun run, String override) {
        run.overrides.add(override);
        if (override.startsWith("model_config.learning_rate=")) {
            run.learningRate = override.substring(override.indexOf('=') + 1);
        }
        if (override.startsWith("model_config.epochs=")) {
            run.epochs = Integer.parseInt(override.substring(override.indexOf('=') + 1));
        }
        return run;
    }

    DemoRun outcome(DemoRun run, ExecutionStatus status) {
        run.outcome = status;
        return run;
    }

    List<DemoRecorder.Recorded> play() {
        at("2026-03-02T17:30:00");
        record(loader(0, "Load CIFAR-10 into the catalog and build the standard datasets", ex -> {
            rec.createDataset("complete", "CIFAR-10 complete: all 60,000 labeled images", List.of("Complete"), ex);
            rec.createDataset("split", "CIFAR-10 small labeled split", List.of("Split", "Labeled"), ex);
            rec.createDataset("training", "CIFAR-10 small labeled split: training (1,000 images)",
                    List.of("Training", "Labeled"), ex);
            rec.createDataset("testing", "CIFAR-10 small labeled split: testing (250 images)",
                    List.of("Testing", "Labeled"), ex);
            rec.nest("split", "training");
            rec.nest("split", "testing");
        }));
        DemoSources.DATASET_RIDS.forEach((key, rid) -> {
            if (!key.equals("augmented") && !rec.datasetRid(key).equals(rid)) {
                throw new IllegalStateException("demo dataset " + key + " got RID " + rec.datasetRid(key)
                        + " but the committed configs pin " + rid + "; allocated: complete="
                        + rec.datasetRid("complete")
                        + " split=" + rec.datasetRid("split") + " training=" + rec.datasetRid("training")
                        + " testing=" + rec.datasetRid("testing"));
            }
        });
        at("2026-03-03T15:10:00");
        DemoRecorder.Recorded first = record(training(0, "cifar10_quick", "0.1.0"));
        at("2026-03-04T10:20:00");
        DemoRun oom = with(training(0, "cifar10_quick", "0.1.0"), "model_config.batch_size=2048");
        oom.machine = DemoEnvironments.V100;
        oom.error = OOM;
        oom.extraEnv.put("HYDRA_FULL_ERROR", "1");
        record(outcome(oom, ExecutionStatus.FAILED));
        at("2026-03-05T14:00:00");
        record(with(training(0, "cifar10_quick", "0.1.0"), "model_config.learning_rate=0.01"));
        at("2026-03-06T09:40:00");
        DemoRun aborted = with(training(0, "cifar10_quick", "0.1.0"), "model_config.epochs=100");
        aborted.error = "KeyboardInterrupt: run stopped by the user after epoch 3";
        record(outcome(aborted, ExecutionStatus.ABORTED));
        at("2026-03-09T16:25:00");
        DemoRun colleague = with(training(0, "cifar10_quick", "0.1.0"), "model_config.epochs=20");
        colleague.client = DemoRecorder.COLLEAGUE;
        colleague.machine = DemoEnvironments.WORKSTATION;
        record(colleague);
        at("2026-03-10T11:05:00");
        record(outcome(training(0, "cifar10_quick", "0.1.0"), ExecutionStatus.STOPPED));
        at("2026-03-11T13:30:00");
        DemoRecorder.Recorded baseline = record(training(0, "cifar10_quick", "0.1.0"));
        at("2026-03-12T10:00:00");
        record(loader(0, "Relabel 37 mislabeled images and release new versions", ex -> {
            rec.mutate("complete", "Relabeled 37 images flagged in review.", ex);
            rec.release("complete", "Fixed 37 mislabeled images (cat/dog, truck/automobile).", ex);
            rec.mutate("split", "Relabeled images propagated from CIFAR-10 complete.", ex);
            rec.release("split", "Labels corrected; same members as 0.1.0.", ex);
        }));
        phaseTwo(first, baseline);
        return runs;
    }

    private void phaseTwo(DemoRecorder.Recorded first, DemoRecorder.Recorded baseline) {
        String[][] plan = {{"2026-03-17T10:15:00", null}, {"2026-03-18T14:45:00", "model_config.learning_rate=0.0003"},
            {"2026-03-20T09:30:00", "model_config.epochs=20"}, {"2026-03-24T15:00:00", null}};
        DemoRecorder.Recorded last = null;
        for (String[] p : plan) {
            at(p[0]);
            DemoRun run = training(1, "cifar10_quick", "0.2.0");
            last = record(p[1] == null ? run : with(run, p[1]));
        }
        at("2026-03-25T11:00:00");
        DemoRun killed = training(1, "cifar10_quick", "0.2.0");
        killed.machine = DemoEnvironments.WORKSTATION;
        killed.error = """
                Traceback (most recent call last):
                  File "/home/researcher/cifar10-model/src/models/cifar10_cnn.py", line 44, in cifar10_cnn
                    loss = train_one_epoch(model, train, optimizer, device)
                RuntimeError: DataLoader worker (pid 48213) is killed by signal: Killed.""";
        record(outcome(killed, ExecutionStatus.FAILED));
        at("2026-03-26T10:00:00");
        record(notebook(1, last));
        at("2026-03-27T16:00:00");
        record(notebook(1, baseline));
        at("2026-03-30T09:00:00");
        record(loader(1, "Resample the small split with a class-balanced sampler", ex -> {
            for (String key : List.of("training", "testing")) {
                rec.mutate(key, "Class-balanced resample.", ex);
                rec.release(key, "Class-balanced: 100 training / 25 testing images per class.", ex);
            }
            rec.mutate("split", "Children resampled.", ex);
            rec.release("split", "Class-balanced training and testing children.", ex);
            rec.mutate("complete", "Added image metadata (source batch).", ex);
            rec.release("complete", "Image source batch recorded for every member.", ex);
        }));
        DemoStoryLate.play(this, first);
        DemoStoryAudit.play(this);
    }

    DemoRun notebook(int head, DemoRecorder.Recorded source) {
        DemoRun run = new DemoRun(DemoWorkflows.notebook(), head, head == 3 ? DemoPackages.GEN3 : DemoPackages.GEN1);
        run.baseDescription = "ROC analysis of " + source.execution().rid();
        run.hydra = false;
        run.inputAssets.add(rec.outputAsset(source.execution(), "prediction_probabilities.csv"));
        run.datasets.put("testing", head == 3 ? "0.2.0" : "0.1.0");
        run.outputs = new ArrayList<>(List.of("notebook"));
        run.machine = DemoEnvironments.WORKSTATION;
        run.runSeconds = 95 + random.nextInt(60);
        run.extraEnv.put("DERIVA_ML_WORKFLOW_URL", run.workflow.url());
        run.extraEnv.put("DERIVA_ML_WORKFLOW_CHECKSUM", run.workflow.checksum());
        return run;
    }
}
