package org.provex.core.reproduce.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository a test builds commit by commit (fixed author and dates, so ids are stable). */
public final class TestRepo implements AutoCloseable {

    private final Git git;
    private final Path dir;
    private Instant time = Instant.parse("2026-01-05T10:00:00Z");

    private TestRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    public static TestRepo init(Path dir) throws GitAPIException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        return new TestRepo(git, dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes the files (path to text or bytes) and commits them; returns the commit id. */
    public String commit(String message, Map<String, ?> files) throws IOException, GitAPIException {
        for (Map.Entry<String, ?> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Object v = e.getValue();
            Files.write(p, v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8));
            git.add().addFilepattern(e.getKey()).call();
        }
        time = time.plusSeconds(3600);
        PersonIdent who = new PersonIdent("Test Author", "author@example.invalid", time, ZoneOffset.UTC);
        RevCommit c = git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
        return c.name();
    }

    public void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage(name).call();
    }

    /** Writes a file without committing it (the working tree becomes dirty). */
    public void edit(String path, String text) throws IOException {
        Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        git.close();
    }
}
