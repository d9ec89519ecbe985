package org.provex.core.demo;

import java.util.Map;

/**
 * The text of the demo project's code, the one source of truth for both the git repository
 * ({@link DemoRepository}) and the Workflow rows and configuration files that point into it.
 * Content follows deriva-ml-model-template: a hydra-zen configured CIFAR-10 CNN.
 */
final class DemoSources {

    static final String MODEL = "src/models/cifar10_cnn.py";
    static final String LOADER = "src/scripts/load_cifar10.py";
    static final String NOTEBOOK = "notebooks/roc_analysis.ipynb";

    /** Dataset RIDs the committed configs pin; the generator checks the catalog allocates exactly these. */
    static final Map<String, String> DATASET_RIDS = Map.of(
            "complete", "1-AQA0", "split", "1-AQA6", "training", "1-AQAE", "testing", "1-AQAP",
            "augmented", "1-AR7M");

    private DemoSources() {
    }

    static String model(int revision) {
        String channels = revision == 1 ? "32, 64" : "64, 128";
        String dropout = revision == 1 ? "" : """
                        self.dropout = nn.Dropout(p=config.dropout)
                """;
        String norm = revision == 3 ? """
                        self.bn1 = nn.BatchNorm2d(c1)  # WIP: try batch norm before pooling
                """ : "";
        return """
                \"\"\"Train a 2-layer convolutional neural network on CIFAR-10 images.\"\"\"

                from __future__ import annotations

                import torch
                from torch import nn
                from deriva_ml import DerivaML, Execution

                class Cifar10CNN(nn.Module):
                    def __init__(self, config, c1: int = %s, c2: int = %s):
                        super().__init__()
                        self.conv1 = nn.Conv2d(3, c1, kernel_size=3, padding=1)
                        self.conv2 = nn.Conv2d(c1, c2, kernel_size=3, padding=1)
                        self.pool = nn.MaxPool2d(2)
                        self.fc1 = nn.Linear(c2 * 8 * 8, config.hidden_size)
                        self.fc2 = nn.Linear(config.hidden_size, 10)
                %s%s
                    def forward(self, x: torch.Tensor) -> torch.Tensor:
                        x = self.pool(torch.relu(self.conv1(x)))
                        x = self.pool(torch.relu(self.conv2(x)))
                        x = torch.flatten(x, 1)
                        return self.fc2(torch.relu(self.fc1(x)))


                def cifar10_cnn(config, ml_instance: DerivaML, execution: Execution) -> None:
                    \"\"\"Train, evaluate and upload weights, a training log and prediction probabilities.\"\"\"
                    device = "cuda" if torch.cuda.is_available() else "cpu"
                    model = Cifar10CNN(config).to(device)
                    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
                    train, test = execution.datasets_as_loaders(batch_size=config.batch_size)
                    log = execution.asset_file_path("Execution_Asset", "training_log.txt")
                    with log.open("w") as out:
                        for epoch in range(config.epochs):
                            loss = train_one_epoch(model, train, optimizer, device)
                            out.write(f"epoch={epoch + 1} loss={loss:.4f}\\n")
                    weights = execution.asset_file_path("Execution_Asset", "cifar10_cnn_weights.pt",
                                                        asset_types=["Model_File"])
                    torch.save(model.state_dict(), weights)
                    write_predictions(model, test, execution, device)
                """.formatted(channels.split(", ")[0], channels.split(", ")[1], dropout, norm);
    }

    static String loader() {
        return """
                \"\"\"Load CIFAR-10 into a deriva-ml catalog and build the standard datasets.\"\"\"

                from deriva_ml import DerivaML, ExecutionConfiguration

                SPLITS = {"training": 50_000, "testing": 10_000}


                def load_cifar10(ml: DerivaML, source_dir: str, small: int = 1000) -> None:
                    config = ExecutionConfiguration(description="Load CIFAR-10 into the catalog")
                    with ml.create_execution(config).execute() as execution:
                        images = upload_images(ml, execution, source_dir)
                        complete = execution.create_dataset(["Complete"], description="CIFAR-10 complete")
                        complete.add_dataset_members(images)
                        split = execution.create_dataset(["Split", "Labeled"],
                                                         description="CIFAR-10 small labeled split")
                        for name, count in SPLITS.items():
                            child = execution.create_dataset([name.capitalize(), "Labeled"],
                                                             description=f"CIFAR-10 small {name}")
                            child.add_dataset_members(sample(images, name, small))
                            split.add_dataset_members([child.dataset_rid])
                """;
    }

    static String datasetsConfig(String splitVersion, String augmentedVersion) {
        String augmented = augmentedVersion == null ? "" : """
                datasets_store([DatasetSpecConfig(rid="%s", version="%s")], name="cifar10_augmented")
                """.formatted(DATASET_RIDS.get("augmented"), augmentedVersion);
        return """
                \"\"\"Dataset choices: each pins a released version so runs are reproducible.\"\"\"

                from hydra_zen import store
                from deriva_ml.dataset import DatasetSpecConfig

                datasets_store = store(group="datasets")
                datasets_store([DatasetSpecConfig(rid="%s", version="%s")],
                               name="cifar10_small_labeled_split")
                datasets_store([DatasetSpecConfig(rid="%s", version="0.1.0")], name="cifar10_complete")
                """.formatted(DATASET_RIDS.get("split"), splitVersion, DATASET_RIDS.get("complete")) + augmented;
    }

    static String modelConfig(boolean extended) {
        String ext = extended ? """
                model_store(Cifar10Config, epochs=50, learning_rate=1e-3, batch_size=128, hidden_size=256,
                            dropout=0.25, name="cifar10_extended")
                """ : "";
        return """
                \"\"\"Model hyperparameters.\"\"\"

                from hydra_zen import builds, store
                from models.cifar10_cnn import cifar10_cnn

                Cifar10Config = builds(cifar10_cnn, populate_full_signature=True, zen_partial=True)
                model_store = store(group="model_config")
                model_store(Cifar10Config, epochs=10, learning_rate=1e-3, batch_size=64, hidden_size=128,
                            dropout=0.0, name="cifar10_quick")
                """ + ext;
    }

    static String experiments(int revision) {
        String extended = revision >= 2 ? """
                experiment_store(make_config(hydra_defaults=["_self_", {"override /model_config": "cifar10_extended"}],
                                             description="Extended CIFAR-10 training: 50 epochs, 64->128 channels, "
                                                         "dropout 0.25"), name="cifar10_extended")
                """ : "";
        String sweep = revision >= 3 ? """

                multirun_config("lr_sweep", overrides=["+experiment=cifar10_quick",
                                                       "model_config.learning_rate=1e-4,3e-4,1e-3,3e-3,1e-2"],
                                description="Learning-rate sweep for the quick CIFAR-10 model")
                """ : "";
        return """
                \"\"\"Experiment presets (package _global_) and multirun presets.\"\"\"

                from hydra_zen import make_config, store
                from deriva_ml.execution import multirun_config

                experiment_store = store(group="experiment", package="_global_")
                experiment_store(make_config(hydra_defaults=["_self_", {"override /model_config": "cifar10_quick"}],
                                             description="Quick CIFAR-10 training: 10 epochs, 32->64 channels"),
                                 name="cifar10_quick")
                """ + extended + sweep;
    }

    static String base() {
        return """
                \"\"\"Top-level hydra-zen configuration for deriva-ml-run.\"\"\"

                from hydra_zen import store
                from deriva_ml import DerivaMLConfig
                from deriva_ml.execution import run_model_config

                store(DerivaMLConfig, group="deriva_ml", name="default_deriva",
                      hostname="demo.provex.invalid", catalog_id="1")
                store([], group="assets", name="default_asset")
                store(run_model_config(), name="deriva_model",
                      hydra_defaults=["_self_", {"deriva_ml": "default_deriva"},
                                      {"datasets": "cifar10_small_labeled_split"},
                                      {"assets": "default_asset"}, {"workflow": "default_workflow"},
                                      {"model_config": "cifar10_quick"}])
                """;
    }

    static String workflowConfig() {
        return """
                \"\"\"Workflow metadata recorded in the catalog for every run.\"\"\"

                from hydra_zen import store
                from deriva_ml.execution import Workflow

                store(Workflow, group="workflow", name="default_workflow", name_="CIFAR-10 2-Layer CNN",
                      workflow_type=["Training", "Image Classification"],
                      description="Train a 2-layer convolutional neural network on CIFAR-10 images.")
                """;
    }

    static String pyproject(String requiresPython, String torch) {
        return """
                [project]
                name = "cifar10-model"
                dynamic = ["version"]
                description = "CIFAR-10 2-layer CNN with deriva-ml provenance"
                requires-python = "%s"
                dependencies = [
                    "deriva-ml>=1.53",
                    "hydra-zen>=0.13",
                    "torch==%s",
                    "torchvision",
                    "pandas",
                ]

                [build-system]
                requires = ["setuptools>=75", "setuptools-scm>=8"]
                build-backend = "setuptools.build_meta"

                [tool.setuptools_scm]
                """.formatted(requiresPython, torch);
    }

    static String readme() {
        return """
                # cifar10-model

                A 2-layer CNN for CIFAR-10, run with `uv run deriva-ml-run +experiment=cifar10_quick`.
                Every run is recorded in the deriva-ml catalog at demo.provex.invalid (catalog 1).
                """;
    }

    static String gitignore() {
        return ".venv/\n__pycache__/\noutputs/\nmultirun/\n";
    }
}
