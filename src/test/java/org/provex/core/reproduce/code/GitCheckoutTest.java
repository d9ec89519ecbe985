package org.provex.core.reproduce.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.reproduce.ReproduceException;

class GitCheckoutTest {

    @TempDir
    Path tmp;

    @Test
    void checksOutTheCommitWithTagsAndTheRecordedOriginAndNothingElse() throws Exception {
        String c1;
        String c2;
        try (TestRepo r = TestRepo.init(tmp.resolve("src"))) {
            c1 = r.commit("one", Map.of("train.py", "v1\n", "uv.lock", "a\n"));
            r.tag("v0.1.0");
            c2 = r.commit("two", Map.of("train.py", "v2\n"));
            r.edit("train.py", "uncommitted edit\n");
        }
        Path target = tmp.resolve("ws/checkout");
        GitCheckout.checkout(tmp.resolve("src"), c1, target, "reproduce-1-X002", "https://github.com/acme/cifar");
        assertThat(Files.readString(target.resolve("train.py"))).isEqualTo("v1\n");
        try (Git git = Git.open(target.toFile())) {
            Status status = git.status().call();
            assertThat(status.isClean()).as("no untracked or modified files").isTrue();
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(c1);
            assertThat(git.getRepository().getBranch()).isEqualTo("reproduce-1-X002");
            assertThat(git.getRepository().exactRef("refs/tags/v0.1.0")).isNotNull();
            assertThat(git.getRepository().getConfig().getString("remote", "origin", "url"))
                    .isEqualTo("https://github.com/acme/cifar");
            assertThat(git.getRepository().getConfig().getSubsections("remote")).containsExactly("origin");
            assertThat(git.getRepository().getRefDatabase().getRefsByPrefix("refs/provex-source/")).isEmpty();
            assertThat(git.getRepository().getObjectDatabase().has(org.eclipse.jgit.lib.ObjectId.fromString(c2)))
                    .as("later history is fetched but not checked out").isTrue();
        }
        assertThat(Files.readString(tmp.resolve("src/train.py"))).as("the source is untouched")
                .isEqualTo("uncommitted edit\n");
    }

    @Test
    void refusesAFolderInUseAndACommitTheSourceDoesNotHave() throws Exception {
        String c1;
        try (TestRepo r = TestRepo.init(tmp.resolve("src"))) {
            c1 = r.commit("one", Map.of("train.py", "v1\n"));
        }
        Path used = tmp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> GitCheckout.checkout(tmp.resolve("src"), c1, used, "b", null))
                .isInstanceOf(ReproduceException.class).hasMessageContaining("not empty");
        assertThat(used.resolve("keep.txt")).hasContent("mine");
        assertThatThrownBy(() -> GitCheckout.checkout(tmp.resolve("src"), "0123456789abcdef0123456789abcdef01234567",
                tmp.resolve("fresh"), "b", null)).isInstanceOf(ReproduceException.class)
                .hasMessageContaining("not reachable");
    }
}
