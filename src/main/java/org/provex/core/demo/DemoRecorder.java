package org.provex.core.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Snaptime;

/**
 * Writes rows the way deriva-ml's client does: workflows deduplicated by checksum, the execution
 * lifecycle with its status updates and durations, metadata and output assets content-addressed in
 * Hatrac (one row per distinct body, linked to every execution that produced it), and dataset
 * versions created, advanced and released in place.
 */
final class DemoRecorder {

    static final String ADMIN = "https://auth.globus.org/0b7e2c54-93a1-4f6e-8d2b-5c1a9e7f3d20";
    static final String RESEARCHER = "https://auth.globus.org/3b1d9e4c-7a52-4f0e-9c61-2d8f5a7b0e13";
    static final String COLLEAGUE = "https://auth.globus.org/8e0f6a21-4c3d-4b9a-a7e5-f1d2c3b4a596";
    private static final DateTimeFormatter SNAPSHOT_TS = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final DateTimeFormatter HYDRA_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /** An executed run: its row and the metadata rows it links, for reuse by benchmark runs. */
    record Recorded(DemoRun plan, DemoTables.Row execution, List<String> metadata, List<String> versionRids) {
    }

    private final DemoTables t;
    private final Map<String, byte[]> files;
    private final Map<String, String> workflowByChecksum = new HashMap<>();
    private final Map<String, String> assetByUrl = new HashMap<>();
    private final Map<String, DemoTables.Row> datasets = new LinkedHashMap<>();
    private final Map<String, DemoTables.Row> devRows = new HashMap<>();
    private final Map<String, String> versionRids = new HashMap<>();
    private String sentinelFile;

    DemoRecorder(DemoTables t, Map<String, byte[]> files) {
        this.t = t;
        this.files = files;
    }

    DemoTables tables() {
        return t;
    }

    void sentinelFile(String rid) {
        this.sentinelFile = rid;
    }

    /** {@code _add_workflow}: reuse the row with this checksum, else insert it with its types. */
    String workflow(DemoWorkflows.Spec spec, String client) {
        return workflowByChecksum.computeIfAbsent(spec.checksum(), k -> {
            DemoTables.Row row = t.insert("Workflow", client, "Name", spec.name(), "Description", spec.description(),
                    "URL", spec.url(), "Checksum", spec.checksum(), "Version", spec.version());
            spec.types().forEach(type -> t.insert("Workflow_Workflow_Type", client, "Workflow", row.rid(),
                    "Workflow_Type", type));
            return row.rid();
        });
    }

    /** The RID of a released (or dev) version row of a dataset. */
    String versionRid(String dataset, String version) {
        String rid = versionRids.get(dataset + "@" + version);
        if (rid == null) {
            throw new IllegalArgumentException("no version " + version + " of " + dataset);
        }
        return rid;
    }

    String datasetRid(String key) {
        return datasets.get(key).rid();
    }

    /** {@code create_dataset}: the dataset, its types and a stamped 0.1.0 row authored by the execution. */
    String createDataset(String key, String description, List<String> types, String execution) {
        DemoTables.Row ds = t.insert("Dataset", RESEARCHER, "Description", description, "Deleted", false);
        datasets.put(key, ds);
        types.forEach(type -> t.insert("Dataset_Dataset_Type", RESEARCHER, "Dataset", ds.rid(), "Dataset_Type", type));
        DemoTables.Row v = t.insert("Dataset_Version", RESEARCHER, "Version", "0.1.0",
                "Description", "Initial dataset creation.", "Dataset", ds.rid(), "Execution", execution);
        versionRids.put(key + "@0.1.0", v.rid());
        t.update(ds, RESEARCHER, "Version", v.rid());
        stamp(v);
        return ds.rid();
    }

    void nest(String parent, String child) {
        t.insert("Dataset_Dataset", RESEARCHER, "Dataset", datasetRid(parent), "Nested_Dataset", datasetRid(child));
    }

    /** Registers images (tiny real PPM files, content-addressed in Hatrac) with their class labels; returns RIDs. */
    List<String> images(List<String> classes, String prefix, java.util.Random random) {
        List<String> rids = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            byte[] pixels = new byte[4 * 4 * 3];
            random.nextBytes(pixels);
            byte[] header = utf8("P6\n4 4\n255\n");
            byte[] bytes = new byte[header.length + pixels.length];
            System.arraycopy(header, 0, bytes, 0, header.length);
            System.arraycopy(pixels, 0, bytes, header.length, pixels.length);
            String filename = String.format(java.util.Locale.ROOT, "%s_%05d.ppm", prefix, i);
            String md5 = md5(bytes);
            String url = "/hatrac/Image/" + md5 + "." + filename;
            files.put(url, bytes);
            rids.add(t.insert(DemoDomain.IMAGE, RESEARCHER, "URL", url, "Filename", filename, "Length",
                    (long) bytes.length, "MD5", md5, "Image_Class", classes.get(i)).rid());
        }
        return rids;
    }

    /** {@code add_dataset_members}: one Dataset_Image row per image, then the dev version moves. */
    void addMembers(String key, List<String> images, String note, String execution) {
        images.forEach(image -> t.insert(DemoDomain.DATASET_IMAGE, RESEARCHER, "Dataset", datasetRid(key),
                "Image", image));
        mutate(key, note, execution);
    }

    /** {@code delete_dataset_members}: the Dataset_Image rows go, then the dev version moves. */
    void removeMembers(String key, List<String> images, String note, String execution) {
        DemoTables.Table links = t.table(DemoDomain.DATASET_IMAGE);
        for (Object[] row : List.copyOf(links.rows())) {
            DemoTables.Row link = new DemoTables.Row(links, row);
            if (datasetRid(key).equals(link.get("Dataset")) && images.contains((String) link.get("Image"))) {
                t.delete(link);
            }
        }
        mutate(key, note, execution);
    }

    /** A member mutation: creates the dev row {@code <last>.post1.dev1} or advances it in place. */
    void mutate(String key, String note, String execution) {
        DemoTables.Row ds = datasets.get(key);
        DemoTables.Row dev = devRows.get(key);
        if (dev == null) {
            String last = lastRelease(key);
            dev = t.insert("Dataset_Version", RESEARCHER, "Version", last + ".post1.dev1", "Description", note,
                    "Dataset", ds.rid(), "Execution", execution);
            devRows.put(key, dev);
            t.update(ds, RESEARCHER, "Version", dev.rid());
        } else {
            String label = (String) dev.get("Version");
            int n = label.lastIndexOf("dev");
            int next = Integer.parseInt(label.substring(n + 3)) + 1;
            t.update(dev, RESEARCHER, "Version", label.substring(0, n + 3) + next, "Description", note,
                    "Execution", execution);
        }
        versionRids.put(key + "@" + dev.get("Version"), dev.rid());
    }

    /** {@code release(minor)}: the dev row becomes the next minor release, then gets its snapshot. */
    String release(String key, String notes, String execution) {
        DemoTables.Row dev = devRows.remove(key);
        Pep440Version last = Pep440Version.parse(lastRelease(key));
        String next = last.major() + "." + (last.minor() + 1) + ".0";
        t.update(dev, RESEARCHER, "Version", next, "Description", notes, "Execution", execution);
        versionRids.put(key + "@" + next, dev.rid());
        stamp(dev);
        return next;
    }

    private void stamp(DemoTables.Row version) {
        // deriva-ml GETs the catalog's snaptime after the version row and Dataset.Version are written
        String snaptime = Snaptime.of(t.now()).value();
        t.update(version, RESEARCHER, "Snapshot", snaptime);
    }

    private String lastRelease(String key) {
        String rid = datasets.get(key).rid();
        Pep440Version best = null;
        for (Object[] row : t.table("Dataset_Version").rows()) {
            DemoTables.Row r = new DemoTables.Row(t.table("Dataset_Version"), row);
            if (rid.equals(r.get("Dataset")) && r.get("Snapshot") != null) {
                Pep440Version v = Pep440Version.parse((String) r.get("Version"));
                best = best == null || v.compareTo(best) > 0 ? v : best;
            }
        }
        return best == null ? "0.1.0" : best.toString();
    }

    /** Carries out a plan through every lifecycle step its outcome reaches. */
    Recorded run(DemoRun plan) {
        String wf = workflow(plan.workflow, plan.client);
        String description = plan.description();
        DemoTables.Row ex = t.insert("Execution", plan.client, "Workflow", wf, "Description", description,
                "Status", "Created");
        List<String> versions = new ArrayList<>();
        List<DemoFiles.DatasetInput> inputs = new ArrayList<>();
        plan.datasets.forEach((key, version) -> {
            String vr = versionRid(key, version);
            versions.add(vr);
            inputs.add(new DemoFiles.DatasetInput(datasetRid(key), version));
            t.insert("Dataset_Execution", plan.client, "Dataset", datasetRid(key), "Execution", ex.rid(),
                    "Dataset_Version", vr);
        });
        plan.inputAssets.forEach(a -> t.insert("Execution_Asset_Execution", plan.client, "Execution_Asset", a,
                "Execution", ex.rid(), "Asset_Role", "Input"));
        if (inputs.isEmpty() && plan.inputAssets.isEmpty()) {
            t.insert("File_Execution", plan.client, "File", sentinelFile, "Execution", ex.rid(), "Asset_Role", "Input");
        }
        t.elapse(plan.downloadSeconds);
        List<String> metadata = uploadMetadata(plan, ex, inputs, description);
        t.update(ex, plan.client, "Download_Duration", DemoFiles.duration(plan.downloadSeconds),
                "Status_Detail", description);
        if (plan.outcome == ExecutionStatus.CREATED) {
            return new Recorded(plan, ex, metadata, versions);
        }
        t.update(ex, plan.client, "Status", "Running", "Status_Detail", description);
        if (plan.outcome == ExecutionStatus.RUNNING) {
            return new Recorded(plan, ex, metadata, versions);
        }
        t.elapse(plan.runSeconds);
        if (plan.work != null) {
            plan.work.accept(ex.rid());
        }
        String ran = DemoFiles.duration(plan.runSeconds);
        if (plan.outcome == ExecutionStatus.FAILED || plan.outcome == ExecutionStatus.ABORTED) {
            t.update(ex, plan.client, "Status", plan.outcome.term(), "Execution_Duration", ran,
                    "Status_Detail", plan.error != null ? plan.error : description);
            return new Recorded(plan, ex, metadata, versions);
        }
        t.update(ex, plan.client, "Status", "Stopped", "Execution_Duration", ran);
        if (plan.outcome == ExecutionStatus.STOPPED) {
            return new Recorded(plan, ex, metadata, versions);
        }
        t.update(ex, plan.client, "Status", "Pending_Upload");
        if (plan.outcome == ExecutionStatus.PENDING_UPLOAD) {
            return new Recorded(plan, ex, metadata, versions);
        }
        t.elapse(plan.uploadSeconds);
        uploadOutputs(plan, ex);
        t.update(ex, plan.client, "Status", "Uploaded", "Upload_Duration", DemoFiles.duration(plan.uploadSeconds));
        return new Recorded(plan, ex, metadata, versions);
    }

    /** Links every metadata row of an earlier run to a new execution (identical bodies, shared rows). */
    void linkMetadata(List<String> metadata, String execution, String client) {
        metadata.forEach(m -> t.insert("Execution_Metadata_Execution", client, "Execution_Metadata", m,
                "Execution", execution, "Asset_Role", "Output"));
    }

    private List<String> uploadMetadata(DemoRun plan, DemoTables.Row ex, List<DemoFiles.DatasetInput> inputs,
                                        String description) {
        List<String> rids = new ArrayList<>();
        boolean container = plan.head < 0;
        String runVersion = container ? plan.workflow.version() : DemoWorkflows.DemoScm.version(plan.head, plan.dirty);
        String gitRoot = container ? null
                : plan.workflow.notebook() ? DemoRepository.GIT_ROOT + "/" + DemoSources.NOTEBOOK
                : DemoRepository.GIT_ROOT;
        String config = DemoFiles.configuration(inputs, plan.inputAssets, plan.workflow, runVersion, gitRoot,
                plan.dirty, description, plan.argv(), plan.choices());
        rids.add(metadata("configuration.json", config, "Deriva_Config",
                "DerivaML execution configuration: datasets, assets, workflow, and config group choices", plan, ex));
        if (!container) {
            String lock = new String(DemoRepository.get().commit(plan.head).files().get("uv.lock"),
                    StandardCharsets.UTF_8);
            rids.add(metadata("uv.lock", lock, "Execution_Config",
                    "Python dependency lockfile (uv.lock) from the workflow's git root", plan, ex));
        }
        var local = t.now().atOffset(ZoneOffset.ofHours(-7));
        if (plan.hydra) {
            String ts = plan.job >= 0 ? Integer.toString(plan.job) : HYDRA_TS.format(local);
            String runDir = plan.job >= 0 ? DemoRepository.GIT_ROOT + "/outputs/hydra-sweep/" + HYDRA_TS.format(local)
                    + "/" + plan.job : DemoRepository.GIT_ROOT + "/outputs/hydra/" + ts;
            rids.add(metadata("hydra-" + ts + "-config.yaml", DemoFiles.hydraConfig(inputs, plan.inputAssets,
                    plan.modelConfig, plan.learningRate, plan.epochs, description), "Hydra_Config",
                    "Resolved Hydra configuration for this execution", plan, ex));
            rids.add(metadata("hydra-" + ts + "-overrides.yaml", DemoFiles.hydraOverrides(plan.taskOverrides()),
                    "Hydra_Config", "Hydra overrides applied on the command line", plan, ex));
            rids.add(metadata("hydra-" + ts + "-hydra.yaml", DemoFiles.hydraRuntime(runDir, plan.job, plan.job >= 0,
                    plan.taskOverrides(), plan.choices(), plan.packages.python()), "Hydra_Config",
                    "Hydra runtime config (launcher, sweeper, output dirs)", plan, ex));
        }
        String env = DemoEnvironments.snapshot(plan.machine, plan.packages, runVersion, plan.argv(),
                180_000 + t.random().nextInt(90_000), 480_000 + t.random().nextInt(20_000), plan.extraEnv);
        rids.add(metadata("environment_snapshot_" + SNAPSHOT_TS.format(local) + ".txt", env, "Runtime_Env",
                "Runtime environment snapshot: installed packages, OS, platform, and Python configuration", plan, ex));
        return rids;
    }

    private String metadata(String filename, String body, String type, String description, DemoRun plan,
                            DemoTables.Row ex) {
        String rid = asset("Execution_Metadata", filename, body.getBytes(StandardCharsets.UTF_8), description,
                List.of(type, "Output_File"), plan.client);
        t.insert("Execution_Metadata_Execution", plan.client, "Execution_Metadata", rid, "Execution", ex.rid(),
                "Asset_Role", "Output");
        return rid;
    }

    private void uploadOutputs(DemoRun plan, DemoTables.Row ex) {
        long seed = Long.parseLong(ex.rid().replace("-", ""), 36);
        for (String kind : plan.outputs) {
            String rid = switch (kind) {
                case "weights" -> asset("Execution_Asset", "cifar10_cnn_weights.pt", DemoFiles.weights(seed),
                        "Trained CIFAR-10 CNN weights", List.of("Model_File", "Output_File"), plan.client);
                case "log" -> asset("Execution_Asset", "training_log.txt", utf8(DemoFiles.trainingLog(seed,
                        plan.epochs, false)), "Training log", List.of("Output_File"), plan.client);
                case "predictions" -> asset("Execution_Asset", "prediction_probabilities.csv",
                        utf8(DemoFiles.predictions(seed, 24)), "Per-class probabilities on the testing split",
                        List.of("Output_File"), plan.client);
                case "evaluation" -> asset("Execution_Asset", "evaluation_results.txt",
                        utf8(DemoFiles.evaluation(seed)), "Evaluation metrics", List.of("Output_File"), plan.client);
                case "notebook" -> asset("Execution_Asset", "roc_analysis.ipynb", DemoNotebook.committed(),
                        "Executed notebook", List.of("Notebook_Output", "Output_File"), plan.client);
                default -> throw new IllegalArgumentException(kind);
            };
            t.insert("Execution_Asset_Execution", plan.client, "Execution_Asset", rid, "Execution", ex.rid(),
                    "Asset_Role", "Output");
        }
    }

    /** The first output asset of a recorded run with this filename. */
    String outputAsset(DemoTables.Row execution, String filename) {
        DemoTables.Table links = t.table("Execution_Asset_Execution");
        for (Object[] link : links.rows()) {
            DemoTables.Row l = new DemoTables.Row(links, link);
            if (execution.rid().equals(l.get("Execution")) && "Output".equals(l.get("Asset_Role"))) {
                for (Object[] a : t.table("Execution_Asset").rows()) {
                    DemoTables.Row asset = new DemoTables.Row(t.table("Execution_Asset"), a);
                    if (asset.rid().equals(l.get("Execution_Asset")) && filename.equals(asset.get("Filename"))) {
                        return asset.rid();
                    }
                }
            }
        }
        throw new IllegalArgumentException("no output " + filename + " of " + execution.rid());
    }

    /** A content-addressed asset row: the same bytes under the same name are stored and listed once. */
    String asset(String table, String filename, byte[] bytes, String description, List<String> types, String client) {
        String md5 = md5(bytes);
        String url = "/hatrac/" + table + "/" + md5 + "." + filename;
        return assetByUrl.computeIfAbsent(url, u -> {
            files.put(u, bytes);
            DemoTables.Row row = t.insert(table, client, "URL", u, "Filename", filename, "Description", description,
                    "Length", (long) bytes.length, "MD5", md5);
            types.forEach(type -> t.insert(table + "_Asset_Type", client, table, row.rid(), "Asset_Type", type));
            return row.rid();
        });
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
