package org.provex.core.reproduce.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.formats.WorkflowChecksum;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.code.CodeVerification.CommitSource;
import org.provex.core.reproduce.code.CodeVerification.Reason;
import org.provex.core.reproduce.code.CodeVerification.Verdict;

/** Verification against real repositories the tests build, reached through mappings and through file:// clones. */
class CodeVerifierTest {

    private static final String REMOTE = "https://github.com/acme/cifar";
    private static final String SCRIPT_V1 = "print('train v1')\n";
    private static final String SCRIPT_V2 = "print('train v2')\n";
    private static final String NOTEBOOK = """
            {"cells": [{"cell_type": "code", "execution_count": 7, "id": "a1", "metadata": {"trusted": true},
              "outputs": [{"name": "stdout", "output_type": "stream", "text": ["auc 0.93\\n"]}],
              "source": ["import numpy\\n", "print('auc')"]}],
             "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
            """;

    @TempDir
    Path tmp;
    private final Map<String, String> mappings = new HashMap<>();
    private String c1;
    private String c2;
    private String c3;
    private Path repo;

    @BeforeEach
    void buildRepository() throws Exception {
        repo = tmp.resolve("clone");
        try (TestRepo r = TestRepo.init(repo)) {
            c1 = r.commit("first", Map.of("train.py", SCRIPT_V1, "uv.lock", "version = 1\n"));
            r.tag("v0.1.0");
            c2 = r.commit("model v2 and notebook", Map.of("train.py", SCRIPT_V2, "roc.ipynb", NOTEBOOK));
            c3 = r.commit("configs only", Map.of("configs/base.py", "epochs = 10\n"));
        }
        mappings.put(REMOTE + ".git", repo.toString());
    }

    private CodeVerifier verifier() {
        return new CodeVerifier(new RepositoryLocator(() -> mappings, tmp.resolve("clones"), 10),
                new VerificationCache(tmp.resolve("clones/verifications.json")),
                Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static CodeIdentity code(String url, String checksum, String version) {
        return new CodeIdentity(Rid.of("1-W002"), WorkflowUrl.parse(url), checksum, ScmVersion.parse(version));
    }

    private static String blob(String text) {
        return WorkflowChecksum.gitBlobHash(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scriptIsVerifiedAtTheRunsHeadWhichIsLaterThanTheUrlCommit() {
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + c2 + "/train.py", blob(SCRIPT_V2),
                "0.1.1.dev2+g" + c3.substring(0, 7)));
        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.reason()).isEqualTo(Reason.CHECKSUM_MATCHES);
        assertThat(v.commit()).isEqualTo(c3);
        assertThat(v.commitSource()).isEqualTo(CommitSource.VERSION_HEAD);
        assertThat(v.actual()).isEqualTo(blob(SCRIPT_V2));
        assertThat(v.repository()).isEqualTo(repo.toString());
        assertThat(v.notes()).isEmpty();
    }

    @Test
    void aVersionExactlyAtATagIsCheckedAtTheTaggedCommit() {
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + c1 + "/train.py", blob(SCRIPT_V1), "0.1.0"));
        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.commitSource()).isEqualTo(CommitSource.VERSION_TAG);
        assertThat(v.commit()).isEqualTo(c1);
    }

    @Test
    void notebookIsVerifiedAfterStrippingItsOutputs() {
        String checksum = WorkflowChecksum.ofFile("roc.ipynb", NOTEBOOK.getBytes(StandardCharsets.UTF_8));
        assertThat(checksum).isNotEqualTo(blob(NOTEBOOK));
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + c2 + "/roc.ipynb", checksum,
                "0.1.1.dev1+g" + c2.substring(0, 7)));
        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.message()).contains("outputs stripped");
        CodeVerification unstripped = verifier().verify(code(REMOTE + "/blob/" + c2 + "/roc.ipynb", blob(NOTEBOOK),
                "0.1.1.dev1+g" + c2.substring(0, 7)));
        assertThat(unstripped.verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aDirtyRunIsAMismatch() {
        String edited = "print('train v2 with batch norm')\n";
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + c2 + "/train.py", blob(edited),
                "0.1.1.dev2+g" + c3.substring(0, 7) + ".d20260515"));
        assertThat(v.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(v.reason()).isEqualTo(Reason.DIRTY_TREE);
        assertThat(v.commit()).isEqualTo(c3);
        assertThat(v.actual()).isEqualTo(blob(SCRIPT_V2));
        assertThat(v.message()).contains("dirty tree");
    }

    @Test
    void aCommitThatIsInNoCloneIsUnverifiable() {
        String lost = "0123456789abcdef0123456789abcdef01234567";
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + lost + "/train.py", blob(SCRIPT_V2),
                "0.3.0.dev1+gdeadbee"));
        assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(v.reason()).isEqualTo(Reason.COMMIT_UNREACHABLE);
        assertThat(v.message()).contains("deadbee").contains("git fetch");
    }

    @Test
    void anUnknownHeadFallsBackToTheUrlCommitWithANote() {
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + c2 + "/train.py", blob(SCRIPT_V2),
                "0.3.0.dev1+gdeadbee"));
        assertThat(v.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(v.commitSource()).isEqualTo(CommitSource.URL_COMMIT);
        assertThat(v.notes()).singleElement().asString().contains("HEAD deadbee is not in the repository");
    }

    @Test
    void aFileNeverCommittedIsAMismatch() {
        CodeVerification v = verifier().verify(code(REMOTE + "/blob//scratch.py", blob("x = 1\n"), ""));
        assertThat(v.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(v.reason()).isEqualTo(Reason.UNCOMMITTED_FILE);
    }

    @Test
    void containersSentinelReplAndEmptyUrlsNeedNoGit() {
        String digest = "sha256:" + "b".repeat(64);
        CodeVerifier verifier = verifier();
        assertThat(verifier.verify(code("ghcr.io/acme/eval@" + digest, digest, "0.2.0")).verdict())
                .isEqualTo(Verdict.CONTAINER);
        assertThat(verifier.verify(code(WorkflowUrl.UNKNOWN_PROVENANCE_TAG, "0".repeat(40), "")).reason())
                .isEqualTo(Reason.SENTINEL);
        assertThat(verifier.verify(code("REPL", "1", "")).reason()).isEqualTo(Reason.REPL);
        assertThat(verifier.verify(code("", "", "")).reason()).isEqualTo(Reason.EMPTY_URL);
        assertThat(verifier.cached(code("REPL", "1", ""))).hasValueSatisfying(v ->
                assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIABLE));
    }

    @Test
    void anSshRemoteNeedsAMappingAndAnyEquivalentMappingWorks() {
        CodeIdentity ssh = code("git@github.com:acme/other/blob/" + c2 + "/train.py", blob(SCRIPT_V2), "");
        CodeVerification unmapped = verifier().verify(ssh);
        assertThat(unmapped.reason()).isEqualTo(Reason.SSH_NO_ACCESS);
        assertThat(unmapped.message()).contains("provex repo map git@github.com:acme/other");
        mappings.put("https://github.com/acme/other", repo.toString());
        assertThat(verifier().verify(ssh).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void anUnmappedFileRemoteIsClonedIntoProvexsFolderAndFetchedForNewCommits() throws Exception {
        Path origin = tmp.resolve("origin.git");
        String first;
        try (TestRepo r = TestRepo.init(origin)) {
            first = r.commit("one", Map.of("train.py", SCRIPT_V1));
        }
        String remote = origin.toUri().toString().replaceAll("/$", "").replace("origin.git", "origin");
        CodeVerifier verifier = verifier();
        CodeVerification v = verifier.verify(code(remote + "/blob/" + first + "/train.py", blob(SCRIPT_V1), ""));
        assertThat(v.verdict()).as(v.message()).isEqualTo(Verdict.VERIFIED);
        assertThat(Path.of(v.repository())).startsWith(tmp.resolve("clones"));
        String second;
        try (TestRepo r = TestRepo.init(origin)) {
            second = r.commit("two", Map.of("train.py", SCRIPT_V2));
        }
        CodeVerification later = verifier().verify(code(remote + "/blob/" + second + "/train.py", blob(SCRIPT_V2),
                ""));
        assertThat(later.verdict()).as(later.message()).isEqualTo(Verdict.VERIFIED);
        assertThat(later.repository()).isEqualTo(v.repository());
    }

    @Test
    void aRemoteThatCannotBeClonedIsUnverifiable() {
        String remote = tmp.resolve("nowhere").toUri().toString().replaceAll("/$", "");
        CodeVerification v = verifier().verify(code(remote + "/blob/" + c1 + "/train.py", blob(SCRIPT_V1), ""));
        assertThat(v.reason()).isEqualTo(Reason.REPOSITORY_UNREACHABLE);
        assertThat(v.message()).contains("provex repo map");
        assertThat(tmp.resolve("clones")).satisfies(d -> assertThat(Files.list(d).filter(p -> p.toString()
                .endsWith(".git"))).isEmpty());
    }

    @Test
    void aPathOutsideTheRepositoryIsRefused() {
        CodeVerification v = verifier().verify(code(REMOTE + "/blob/" + c1 + "/../../etc/passwd", blob(SCRIPT_V1),
                ""));
        assertThat(v.reason()).isEqualTo(Reason.UNSAFE_URL);
    }

    @Test
    void settledResultsAreStoredAndReusedUntilRefreshed() throws Exception {
        CodeIdentity c = code(REMOTE + "/blob/" + c2 + "/train.py", blob(SCRIPT_V2), "0.1.1.dev2+g" + c3.substring(0,
                7));
        assertThat(verifier().cached(c)).isEmpty();
        assertThat(verifier().verify(c).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(verifier().cached(c)).hasValueSatisfying(v -> assertThat(v.commit()).isEqualTo(c3));
        org.eclipse.jgit.util.FileUtils.delete(repo.resolve(".git").toFile(),
                org.eclipse.jgit.util.FileUtils.RECURSIVE);
        assertThat(verifier().verify(c).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(verifier().verify(c, true).reason()).isEqualTo(Reason.REPOSITORY_UNREACHABLE);
    }
}
