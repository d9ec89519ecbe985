package org.provex.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.formats.WorkflowChecksum;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.WorkflowUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DemoRepositoryTest {

    private static DemoCatalog demo;

    @TempDir
    Path first;
    @TempDir
    Path second;

    @BeforeAll
    static void generate() {
        demo = DemoCatalogGenerator.generate(DemoOptions.normal());
    }

    private static String text(JsonNode row, String column) {
        JsonNode v = row.get(column);
        return v == null || v.isNull() ? null : v.asString();
    }

    @Test
    void writingTwiceGivesIdenticalCommitsMatchingTheModel() throws Exception {
        DemoRepository.get().write(first);
        DemoRepository.get().write(second);
        List<String> a = log(first);
        assertThat(a).hasSize(4).isEqualTo(log(second));
        List<String> model = DemoRepository.get().commits().stream().map(DemoRepository.Commit::id).toList();
        List<String> newestFirst = new ArrayList<>(model);
        java.util.Collections.reverse(newestFirst);
        assertThat(a).containsExactlyElementsOf(newestFirst);
        try (Git git = Git.open(first.toFile())) {
            Repository repo = git.getRepository();
            assertThat(repo.getRefDatabase().peel(repo.exactRef("refs/tags/v0.1.0")).getPeeledObjectId().name())
                    .isEqualTo(model.get(0));
            assertThat(repo.getRefDatabase().peel(repo.exactRef("refs/tags/v0.2.0")).getPeeledObjectId().name())
                    .isEqualTo(model.get(2));
            assertThat(git.status().call().isClean()).isTrue();
        }
        assertThat(first.resolve(DemoSources.MODEL)).exists();
    }

    private static List<String> log(Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Git git = Git.open(dir.toFile())) {
            for (RevCommit c : git.log().call()) {
                ids.add(c.name());
            }
        }
        return ids;
    }

    @Test
    void workflowUrlsAndChecksumsMatchTheRepository() throws Exception {
        DemoRepository.get().write(first);
        List<ObjectNode> workflows = demo.rowsOf("deriva-ml:Workflow");
        assertThat(workflows).hasSizeGreaterThanOrEqualTo(6);
        int verified = 0;
        boolean sawNotebook = false;
        boolean sawDocker = false;
        boolean sawDirty = false;
        try (Git git = Git.open(first.toFile())) {
            Repository repo = git.getRepository();
            Set<String> allBlobs = allBlobs(repo);
            for (ObjectNode w : workflows) {
                WorkflowUrl url = WorkflowUrl.parse(text(w, "URL"));
                String checksum = text(w, "Checksum");
                if (url instanceof WorkflowUrl.DockerImage docker) {
                    assertThat(docker.digest()).isEqualTo(checksum).matches("sha256:[0-9a-f]{64}");
                    sawDocker = true;
                    continue;
                }
                if (!(url instanceof WorkflowUrl.GitBlob blob)) {
                    assertThat(url.kind()).isEqualTo(WorkflowUrl.Kind.UNKNOWN_PROVENANCE);
                    continue;
                }
                assertThat(blob.webUrl()).contains(DemoRepository.REMOTE);
                ObjectId commit = repo.resolve(blob.commit());
                assertThat(commit).as("commit of " + url.raw()).isNotNull();
                // deriva-ml names the last commit that touched the file, so that commit must change it
                RevCommit last = git.log().add(commit).addPath(blob.path()).setMaxCount(1).call().iterator().next();
                assertThat(last.name()).as("commit touching " + blob.path()).isEqualTo(blob.commit());
                byte[] bytes = blobAt(repo, commit, blob.path());
                if (blob.path().endsWith(".ipynb")) {
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"output_type\": \"stream\"");
                    assertThat(DemoRepository.blobHash(bytes)).isNotEqualTo(checksum);
                    assertThat(WorkflowChecksum.ofFile(blob.path(), bytes)).isEqualTo(checksum);
                    // the demo's own nbstripout rendering agrees with the shared implementation
                    assertThat(DemoRepository.blobHash(DemoNotebook.stripped())).isEqualTo(checksum);
                    sawNotebook = true;
                } else if (!allBlobs.contains(checksum)) {
                    // the uncommitted edit: URL names the file's last commit, checksum matches no blob
                    assertThat(text(w, "Version")).contains("+g").endsWith(".d20260515");
                    sawDirty = true;
                } else {
                    assertThat(DemoRepository.blobHash(bytes)).isEqualTo(checksum)
                            .isEqualTo(WorkflowChecksum.gitBlobHash(bytes));
                    verified++;
                }
            }
        }
        assertThat(verified).isGreaterThanOrEqualTo(3);
        assertThat(sawNotebook).isTrue();
        assertThat(sawDocker).isTrue();
        assertThat(sawDirty).isTrue();
        List<ObjectNode> cnn = workflows.stream().filter(w -> DemoWorkflows.CNN.equals(text(w, "Name"))).toList();
        assertThat(cnn.stream().map(w -> text(w, "Checksum")).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cnn.stream().map(w -> ((WorkflowUrl.GitBlob) WorkflowUrl.parse(text(w, "URL"))).commit())
                .distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo.rowsOf("deriva-ml:Workflow_Workflow_Type")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void perRunVersionsNameRealHeads() throws Exception {
        DemoRepository.get().write(first);
        JsonMapper json = JsonMapper.builder().build();
        Set<String> versions = new HashSet<>();
        try (Git git = Git.open(first.toFile())) {
            for (ObjectNode row : demo.rowsOf("deriva-ml:Execution_Metadata")) {
                if (!"configuration.json".equals(text(row, "Filename"))) {
                    continue;
                }
                JsonNode wf = json.readTree(demo.files().get(text(row, "URL"))).get("workflow");
                ScmVersion v = ScmVersion.parse(wf.get("version").asString());
                versions.add(v.text());
                if (v.headNode().isPresent()) {
                    assertThat(git.getRepository().resolve(v.headNode().get())).as(v.text()).isNotNull();
                }
                assertThat(wf.get("allow_dirty").asBoolean()).isEqualTo(v.dirty());
            }
        }
        assertThat(versions).contains("0.1.0", "0.2.0")
                .anyMatch(v -> v.startsWith("0.1.1.dev1+g")).anyMatch(v -> v.startsWith("0.2.1.dev1+g"))
                .anyMatch(v -> v.endsWith(".d20260515"));
    }

    private static byte[] blobAt(Repository repo, ObjectId commit, String path) throws IOException {
        try (var walk = new org.eclipse.jgit.revwalk.RevWalk(repo);
             TreeWalk tw = TreeWalk.forPath(repo, path, walk.parseCommit(commit).getTree())) {
            assertThat(tw).as(path + " at " + commit.name()).isNotNull();
            return repo.open(tw.getObjectId(0)).getBytes();
        }
    }

    private static Set<String> allBlobs(Repository repo) throws Exception {
        Set<String> blobs = new HashSet<>();
        try (Git git = new Git(repo)) {
            for (RevCommit c : git.log().all().call()) {
                try (TreeWalk tw = new TreeWalk(repo)) {
                    tw.addTree(c.getTree());
                    tw.setRecursive(true);
                    while (tw.next()) {
                        blobs.add(tw.getObjectId(0).name());
                    }
                }
            }
        }
        return blobs;
    }
}
