package org.provex.core.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * The demo project's git history: four commits and two tags of a CIFAR-10 model repository, with
 * fixed authors, dates and time zones so every object id is the same on every machine. The ids are
 * computed in memory (the catalog generator needs them for Workflow URLs and per-run versions);
 * {@link #write(Path)} puts the very same objects into a real repository on disk.
 */
public final class DemoRepository {

    /** Where the demo project claims to live; never contacted. */
    public static final String REMOTE = "https://github.com/provex-demo/cifar10-model";
    /** The working copy path recorded in the demo's configuration files. */
    public static final String GIT_ROOT = "/home/researcher/cifar10-model";

    /**
     * One commit.
     *
     * @param id       the 40-hex commit id
     * @param message  the commit message
     * @param time     author and committer time with the author's offset
     * @param files    the complete tree at this commit, path to bytes
     * @param touched  the paths this commit added or changed
     */
    public record Commit(String id, String message, OffsetDateTime time, Map<String, byte[]> files,
                         List<String> touched) {
        /** The 7-hex abbreviation setuptools-scm puts after {@code +g}. */
        public String shortId() {
            return id.substring(0, 7);
        }
    }

    private record Step(String message, String time, String tag, Map<String, byte[]> changes) {
    }

    private static final String AUTHOR = "Dana Okafor";
    private static final String EMAIL = "dana.okafor@provex-demo.invalid";
    private static final DemoRepository INSTANCE = new DemoRepository();

    private final List<Commit> commits = new ArrayList<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    private DemoRepository() {
        build(null);
    }

    /** The demo history (immutable, computed once). */
    public static DemoRepository get() {
        return INSTANCE;
    }

    public List<Commit> commits() {
        return List.copyOf(commits);
    }

    /** Tag name to commit id. */
    public Map<String, String> tags() {
        return Map.copyOf(tags);
    }

    public Commit commit(int index) {
        return commits.get(index);
    }

    /** The last commit at or before {@code head} that touched {@code path}: what deriva-ml puts in the URL. */
    public Optional<Commit> lastTouching(String path, Commit head) {
        Commit found = null;
        for (Commit c : commits) {
            if (c.touched().contains(path)) {
                found = c;
            }
            if (c == head) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The git blob hash of some bytes, as {@code git hash-object} prints it. */
    public static String blobHash(byte[] bytes) {
        try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
            return f.idFor(Constants.OBJ_BLOB, bytes).name();
        }
    }

    /** The model file as edited but never committed, for the demo's dirty run. */
    public static byte[] uncommittedModel() {
        return utf8(DemoSources.model(3));
    }

    /**
     * Writes the history as a real git repository into {@code dir} (created if missing, must be empty):
     * objects, branch {@code main}, annotated tags, an {@code origin} remote entry and a checked-out tree.
     */
    public void write(Path dir) throws IOException {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Repository repo = git.getRepository();
            StoredConfig config = repo.getConfig();
            // line-ending conversion must never rewrite the blobs the catalog's checksums name
            config.setBoolean("core", null, "autocrlf", false);
            config.setString("remote", "origin", "url", REMOTE + ".git");
            config.save();
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                DemoRepository written = new DemoRepository(inserter);
                inserter.flush();
                if (!sameIds(written)) {
                    throw new IllegalStateException("repository objects differ from the in-memory model");
                }
                for (Map.Entry<String, ObjectId> tag : written.tagObjects.entrySet()) {
                    setRef(repo, Constants.R_TAGS + tag.getKey(), tag.getValue());
                }
            }
            setRef(repo, Constants.R_HEADS + "main", ObjectId.fromString(commits.get(commits.size() - 1).id()));
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef("main").call();
        } catch (GitAPIException e) {
            throw new IOException("cannot write the demo repository to " + dir, e);
        }
    }

    private final Map<String, ObjectId> tagObjects = new LinkedHashMap<>();

    private DemoRepository(ObjectInserter inserter) {
        build(inserter);
    }

    private boolean sameIds(DemoRepository other) {
        List<String> mine = commits.stream().map(Commit::id).toList();
        return mine.equals(other.commits.stream().map(Commit::id).toList());
    }

    private static void setRef(Repository repo, String name, ObjectId id) throws IOException {
        RefUpdate update = repo.updateRef(name);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("cannot set " + name + ": " + result);
        }
    }

    private static List<Step> history() {
        Map<String, byte[]> c1 = new LinkedHashMap<>();
        c1.put("README.md", utf8(DemoSources.readme()));
        c1.put(".gitignore", utf8(DemoSources.gitignore()));
        c1.put("pyproject.toml", utf8(DemoSources.pyproject(">=3.11", "2.4.1")));
        c1.put("uv.lock", utf8(DemoPackages.GEN1.uvLock()));
        c1.put(DemoSources.MODEL, utf8(DemoSources.model(1)));
        c1.put(DemoSources.LOADER, utf8(DemoSources.loader()));
        c1.put("src/configs/__init__.py", new byte[0]);
        c1.put("src/configs/base.py", utf8(DemoSources.base()));
        c1.put("src/configs/datasets.py", utf8(DemoSources.datasetsConfig("0.1.0", null)));
        c1.put("src/configs/model_config.py", utf8(DemoSources.modelConfig(false)));
        c1.put("src/configs/experiments.py", utf8(DemoSources.experiments(1)));
        c1.put("src/configs/workflow.py", utf8(DemoSources.workflowConfig()));
        Map<String, byte[]> c2 = new LinkedHashMap<>();
        c2.put("src/configs/datasets.py", utf8(DemoSources.datasetsConfig("0.2.0", null)));
        c2.put(DemoSources.NOTEBOOK, DemoNotebook.committed());
        Map<String, byte[]> c3 = new LinkedHashMap<>();
        c3.put(DemoSources.MODEL, utf8(DemoSources.model(2)));
        c3.put("pyproject.toml", utf8(DemoSources.pyproject(">=3.12", "2.5.1")));
        c3.put("uv.lock", utf8(DemoPackages.GEN2.uvLock()));
        c3.put("src/configs/datasets.py", utf8(DemoSources.datasetsConfig("0.3.0", "0.1.0")));
        c3.put("src/configs/model_config.py", utf8(DemoSources.modelConfig(true)));
        c3.put("src/configs/experiments.py", utf8(DemoSources.experiments(2)));
        Map<String, byte[]> c4 = new LinkedHashMap<>();
        c4.put("uv.lock", utf8(DemoPackages.GEN3.uvLock()));
        c4.put("src/configs/datasets.py", utf8(DemoSources.datasetsConfig("0.3.0", "0.2.0")));
        c4.put("src/configs/experiments.py", utf8(DemoSources.experiments(3)));
        return List.of(
                new Step("Initial CIFAR-10 model from deriva-ml-model-template", "2026-02-27T16:42:10-08:00",
                        "v0.1.0", c1),
                new Step("Pin small labeled split to 0.2.0; add ROC analysis notebook",
                        "2026-03-16T11:05:43-07:00", null, c2),
                new Step("Extended model: 64->128 channels and dropout; torch 2.5.1 on Python 3.12",
                        "2026-04-06T15:27:19-07:00", "v0.2.0", c3),
                new Step("Learning-rate sweep preset; scikit-learn for ROC metrics; pin augmented 0.2.0",
                        "2026-05-04T09:58:02-07:00", null, c4));
    }

    /** Computes (inserter null) or writes every object; both paths hash the same bytes. */
    private void build(ObjectInserter inserter) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            Map<String, byte[]> tree = new TreeMap<>();
            ObjectId parent = null;
            for (Step step : history()) {
                tree.putAll(step.changes());
                ObjectId treeId = tree(tree, "", formatter, inserter);
                OffsetDateTime time = OffsetDateTime.parse(step.time());
                PersonIdent who = new PersonIdent(AUTHOR, EMAIL, time.toInstant(), time.getOffset());
                CommitBuilder cb = new CommitBuilder();
                cb.setTreeId(treeId);
                if (parent != null) {
                    cb.setParentId(parent);
                }
                cb.setAuthor(who);
                cb.setCommitter(who);
                cb.setEncoding(StandardCharsets.UTF_8);
                cb.setMessage(step.message() + "\n");
                ObjectId id = put(Constants.OBJ_COMMIT, cb.build(), formatter, inserter);
                commits.add(new Commit(id.name(), step.message(), time, Map.copyOf(tree),
                        List.copyOf(step.changes().keySet())));
                if (step.tag() != null) {
                    TagBuilder tb = new TagBuilder();
                    tb.setObjectId(id, Constants.OBJ_COMMIT);
                    tb.setTag(step.tag());
                    tb.setTagger(who);
                    tb.setMessage("Release " + step.tag().substring(1) + "\n");
                    tagObjects.put(step.tag(), put(Constants.OBJ_TAG, tb.build(), formatter, inserter));
                    tags.put(step.tag(), id.name());
                }
                parent = id;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the demo repository", e);
        }
    }

    private static ObjectId tree(Map<String, byte[]> files, String prefix, ObjectInserter.Formatter f,
                                 ObjectInserter inserter) throws IOException {
        // git orders tree entries by name, comparing a directory as if its name ended with '/'
        TreeMap<String, Object> entries = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String rest = e.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                entries.put(rest, e.getValue());
            } else {
                entries.put(rest.substring(0, slash + 1), Boolean.TRUE);
            }
        }
        TreeFormatter tf = new TreeFormatter();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            if (e.getValue() instanceof byte[] bytes) {
                tf.append(e.getKey(), FileMode.REGULAR_FILE, put(Constants.OBJ_BLOB, bytes, f, inserter));
            } else {
                String dir = e.getKey().substring(0, e.getKey().length() - 1);
                tf.append(dir, FileMode.TREE, tree(files, prefix + e.getKey(), f, inserter));
            }
        }
        return put(Constants.OBJ_TREE, tf.toByteArray(), f, inserter);
    }

    private static ObjectId put(int type, byte[] data, ObjectInserter.Formatter f, ObjectInserter inserter)
            throws IOException {
        return inserter == null ? f.idFor(type, data) : inserter.insert(type, data);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
