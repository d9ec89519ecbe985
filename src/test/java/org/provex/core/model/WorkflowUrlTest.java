package org.provex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkflowUrlTest {

    @Test
    void githubBlobUrlSplitsIntoRepositoryCommitAndPath() {
        WorkflowUrl url = WorkflowUrl.parse("https://github.com/acme-lab/cifar10-model/blob/"
                + "63c24de5d5e6483676326a0e84c119184ea1beb2/src/models/cifar10_cnn.py");
        assertThat(url).isInstanceOfSatisfying(WorkflowUrl.GitBlob.class, b -> {
            assertThat(b.remote()).isEqualTo("https://github.com/acme-lab/cifar10-model");
            assertThat(b.commit()).isEqualTo("63c24de5d5e6483676326a0e84c119184ea1beb2");
            assertThat(b.path()).isEqualTo("src/models/cifar10_cnn.py");
            assertThat(b.isSsh()).isFalse();
        });
    }

    @Test
    void sshRemoteAndNeverCommittedFile() {
        WorkflowUrl ssh = WorkflowUrl.parse("git@github.com:org/repo.git/blob/abc123/train.py");
        assertThat(ssh).isInstanceOfSatisfying(WorkflowUrl.GitBlob.class, b -> {
            assertThat(b.remote()).isEqualTo("git@github.com:org/repo");
            assertThat(b.webUrl()).contains("https://github.com/org/repo");
            assertThat(b.commit()).isEqualTo("abc123");
            assertThat(b.isSsh()).isTrue();
        });
        WorkflowUrl uncommitted = WorkflowUrl.parse("https://github.com/org/repo/blob//train.py");
        assertThat(uncommitted).isInstanceOfSatisfying(WorkflowUrl.GitBlob.class,
                b -> assertThat(b.hasCommit()).isFalse());
    }

    @Test
    void dockerEmptyReplAndSentinel() {
        String digest = "sha256:" + "ab".repeat(32);
        assertThat(WorkflowUrl.parse("ghcr.io/informatics-isi-edu/deriva-ml-mcp@" + digest))
                .isInstanceOfSatisfying(WorkflowUrl.DockerImage.class, d -> {
                    assertThat(d.image()).isEqualTo("ghcr.io/informatics-isi-edu/deriva-ml-mcp");
                    assertThat(d.digest()).isEqualTo(digest);
                });
        assertThat(WorkflowUrl.parse("").kind()).isEqualTo(WorkflowUrl.Kind.EMPTY);
        assertThat(WorkflowUrl.parse(null).kind()).isEqualTo(WorkflowUrl.Kind.EMPTY);
        assertThat(WorkflowUrl.parse("REPL").kind()).isEqualTo(WorkflowUrl.Kind.REPL);
        assertThat(WorkflowUrl.parse(WorkflowUrl.UNKNOWN_PROVENANCE_TAG).kind())
                .isEqualTo(WorkflowUrl.Kind.UNKNOWN_PROVENANCE);
        assertThat(WorkflowUrl.parse("https://github.com/informatics-isi-edu/deriva-ml-mcp/commit/1a2b3c4d").kind())
                .isEqualTo(WorkflowUrl.Kind.GIT_COMMIT);
        assertThat(WorkflowUrl.parse("https://example.org/some/page").kind()).isEqualTo(WorkflowUrl.Kind.OTHER);
    }
}
