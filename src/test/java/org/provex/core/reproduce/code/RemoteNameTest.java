package org.provex.core.reproduce.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemoteNameTest {

    @Test
    void everySpellingOfAGitHubRemoteNamesTheSameRepository() {
        RemoteName https = RemoteName.parse("https://github.com/Org/Repo").orElseThrow();
        for (String s : new String[] {"https://github.com/org/repo.git", "git@github.com:org/repo",
            "git@github.com:org/repo.git", "ssh://git@github.com/org/repo.git", "https://GitHub.com/org/repo/"}) {
            assertThat(RemoteName.parse(s)).as(s).hasValueSatisfying(n -> assertThat(n.sameAs(https)).isTrue());
        }
        assertThat(https.key()).isEqualTo("github.com/Org/Repo");
        assertThat(RemoteName.parse("https://github.com/org/other").orElseThrow().sameAs(https)).isFalse();
        assertThat(RemoteName.parse("https://gitlab.com/org/repo").orElseThrow().sameAs(https)).isFalse();
    }

    @Test
    void localRemotes() {
        RemoteName file = RemoteName.parse("file:///srv/git/repo.git").orElseThrow();
        assertThat(file.isLocal()).isTrue();
        assertThat(RemoteName.parse("/srv/git/repo").orElseThrow().sameAs(file)).isTrue();
        assertThat(file.folderName()).matches("[A-Za-z0-9._-]+").doesNotContain("..");
    }

    @Test
    void notRemotes() {
        assertThat(RemoteName.parse("")).isEmpty();
        assertThat(RemoteName.parse("REPL")).isEmpty();
        assertThat(RemoteName.parse("https://github.com")).isEmpty();
    }
}
