package org.provex.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Late May of the demo: the label audit. 240 test images are registered and split into a nested training/testing
 * set; training version 0.2.0 turns out to hold nine mislabelled images. Runs consumed it through the split, one of
 * them mined hard examples into a new dataset version that another run trained on, and an evaluation used the
 * weights of the first. Version 0.3.0 removes the nine and adds twelve reviewed images, testing images are added, and
 * a last run trains on the corrected split. Everything here comes after the earlier story's rows, so their RIDs do
 * not move.
 */
final class DemoStoryAudit {

    static final List<String> CLASSES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");
    /** Positions (in the first 160 images) of the images found mislabelled in review. */
    static final List<Integer> MISLABELLED = List.of(7, 23, 41, 58, 77, 96, 113, 131, 152);

    private DemoStoryAudit() {
    }

    static void play(DemoStory s) {
        DemoRecorder rec = s.rec;
        List<String> images = new ArrayList<>();
        s.at("2026-05-19T09:00:00");
        s.record(s.loader(3, "Register 240 CIFAR-10 images for the label audit and build the audit split", ex -> {
            List<String> classes = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                classes.add(CLASSES.get((i * 7 + i / 10) % CLASSES.size()));
            }
            images.addAll(rec.images(classes, "cifar10_audit", new Random(DemoCatalogGenerator.SEED + 240)));
            rec.createDataset("audit", "CIFAR-10 label audit split", List.of("Split", "Labeled"), ex);
            rec.createDataset("audit_train", "CIFAR-10 label audit: training images", List.of("Training", "Labeled"),
                    ex);
            rec.createDataset("audit_test", "CIFAR-10 label audit: testing images", List.of("Testing", "Labeled"), ex);
            rec.addMembers("audit_train", images.subList(0, 160), "Added 160 training images.", ex);
            rec.release("audit_train", "160 training images.", ex);
            rec.addMembers("audit_test", images.subList(160, 220), "Added 60 testing images.", ex);
            rec.release("audit_test", "60 testing images.", ex);
            rec.nest("audit", "audit_train");
            rec.nest("audit", "audit_test");
            rec.mutate("audit", "Nested the training and testing sets.", ex);
            rec.release("audit", "Training 0.2.0 and testing 0.2.0.", ex);
        }));
        s.at("2026-05-19T14:00:00");
        DemoRecorder.Recorded quick = s.record(audit(s, "cifar10_quick", "0.2.0"));
        s.at("2026-05-20T10:00:00");
        s.record(audit(s, "cifar10_extended", "0.2.0"));
        s.at("2026-05-20T16:30:00");
        s.record(DemoStoryLate.docker(s, quick, "audit_test", "the audit testing set"));
        s.at("2026-05-21T09:30:00");
        DemoRun mine = s.loader(3, "Mine hard examples from the audit split with the quick model's predictions", ex -> {
            rec.createDataset("hard", "CIFAR-10 hard examples mined from the label audit", List.of("Training",
                    "Labeled"), ex);
            List<String> hard = new ArrayList<>();
            for (int i = 0; i < 160; i += 5) {
                hard.add(images.get(i + (i % 3)));
            }
            rec.addMembers("hard", hard, "Added " + hard.size() + " hard examples.", ex);
            rec.release("hard", hard.size() + " images the quick model got wrong.", ex);
        });
        mine.datasets.put("audit", "0.2.0");
        mine.inputAssets.add(rec.outputAsset(quick.execution(), "prediction_probabilities.csv"));
        s.record(mine);
        s.at("2026-05-21T15:00:00");
        DemoRun onHard = audit(s, "cifar10_quick", null);
        onHard.datasets.put("hard", "0.2.0");
        onHard.baseDescription = "Quick CIFAR-10 training on the mined hard examples";
        s.record(onHard);
        s.at("2026-05-22T11:00:00");
        s.record(s.loader(3, "Remove nine mislabelled images from the audit training set", ex -> {
            List<String> wrong = MISLABELLED.stream().map(images::get).toList();
            rec.removeMembers("audit_train", wrong, "Removed 9 mislabelled images.", ex);
            rec.addMembers("audit_train", images.subList(220, 232), "Added 12 reviewed images.", ex);
            rec.release("audit_train", "Nine mislabelled images removed (found in review); 12 reviewed images "
                    + "added.", ex);
            rec.mutate("audit", "Training set corrected.", ex);
            rec.release("audit", "Training 0.3.0 (mislabelled images removed).", ex);
        }));
        s.at("2026-05-22T13:00:00");
        s.record(s.loader(3, "Add eight testing images to the label audit", ex -> {
            rec.addMembers("audit_test", images.subList(232, 240), "Added 8 testing images.", ex);
            rec.release("audit_test", "68 testing images.", ex);
            rec.mutate("audit", "Testing set grown.", ex);
            rec.release("audit", "Testing 0.3.0.", ex);
        }));
        s.at("2026-05-22T15:00:00");
        s.record(audit(s, "cifar10_quick", "0.4.0"));
    }

    /** A training run on the audit split at a version (none: the caller names its datasets). */
    private static DemoRun audit(DemoStory s, String experiment, String version) {
        DemoRun run = s.training(3, experiment, "0.3.0");
        run.machine = DemoEnvironments.A100_NEW_DRIVER;
        run.datasets.clear();
        if (version != null) {
            run.datasets.put("audit", version);
        }
        run.datasetChoice = "cifar10_audit";
        s.with(run, "datasets=cifar10_audit");
        return run;
    }
}
