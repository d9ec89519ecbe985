package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowChecksumTest {

    @Test
    void gitBlobHashMatchesGit() {
        assertThat(WorkflowChecksum.gitBlobHash(new byte[0])).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
        assertThat(WorkflowChecksum.gitBlobHash("hello\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
    }

    @Test
    void blobHashEqualsTheIdJGitStoresInARealRepository(@TempDir Path dir) throws Exception {
        byte[] script = "import torch\nprint('train')\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("train.py"), script);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("train.py").call();
            git.commit().setMessage("add").setAuthor("A", "a@example.org").setCommitter("A", "a@example.org")
                    .setSign(false).call();
            ObjectId stored = git.getRepository().resolve("HEAD:train.py");
            assertThat(WorkflowChecksum.ofFile("train.py", script)).isEqualTo(stored.name());
            assertThat(new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, script).name())
                    .isEqualTo(stored.name());
        }
    }

    @Test
    void notebooksAreStrippedLikeNbstripoutBeforeHashing() throws IOException {
        byte[] notebook = resource("roc-with-outputs.ipynb");
        // Expected bytes written by Python's json module with nbformat's settings after the nbstripout steps.
        byte[] expected = resource("roc-with-outputs.stripped.ipynb");
        assertThat(new String(NotebookStripper.strip("roc.ipynb", notebook), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        String stripped = "449385aacd831ba72b13892a9a89e85a8cfdcee5";
        assertThat(WorkflowChecksum.ofFile("roc.ipynb", notebook)).isEqualTo(stripped);
        assertThat(WorkflowChecksum.ofFile("roc.ipynb", expected)).isEqualTo(stripped);
    }

    @Test
    void brokenNotebooksGiveAClearError() {
        assertThatThrownBy(() -> WorkflowChecksum.ofFile("bad.ipynb", "{\"cells\": [".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotebookStripper.NotebookException.class).hasMessageContaining("bad.ipynb");
        assertThatThrownBy(() -> WorkflowChecksum.ofFile("keep.ipynb",
                "{\"metadata\": {\"keep_output\": true}, \"cells\": []}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("keep_output");
    }

    @Test
    void pythonFloatRepr() {
        assertThat(PythonJson.pyFloat(1.5e-05)).isEqualTo("1.5e-05");
        assertThat(PythonJson.pyFloat(1e20)).isEqualTo("1e+20");
        assertThat(PythonJson.pyFloat(0.0001)).isEqualTo("0.0001");
        assertThat(PythonJson.pyFloat(3.0)).isEqualTo("3.0");
        assertThat(PythonJson.pyFloat(123456.789)).isEqualTo("123456.789");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WorkflowChecksumTest.class.getResourceAsStream("/formats/" + name)) {
            return in.readAllBytes();
        }
    }
}
