package org.provex.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.ui.common.ImmediateTaskRunner;
import tools.jackson.databind.json.JsonMapper;

/** The login flow's decisions without a toolkit: a synchronous task runner and fake sessions and cookies. */
class LoginViewModelTest {

    private static final AuthnSession ADA = new AuthnSession("https://auth.example.org/ada", "ada@example.org",
            "Ada Lovelace", null, 1800);

    @TempDir
    Path dir;

    private final List<Credential> asked = new ArrayList<>();
    private Optional<AuthnSession> answer = Optional.of(ADA);

    private LoginViewModel model(CredentialFile file) {
        return new LoginViewModel(CatalogLocation.of("www.example.org", "1"), file, c -> {
            asked.add(c);
            return answer;
        }, new ImmediateTaskRunner());
    }

    @Test
    void followsPreauthThenStoresTheCheckedCookie() throws IOException {
        CredentialFile file = new CredentialFile(dir.resolve("credential.json"));
        LoginViewModel m = model(file);
        List<String> loads = new ArrayList<>();
        m.start(loads::add);
        assertThat(loads).containsExactly("https://www.example.org/authn/preauth");

        LoginViewModel.Step step = m.pageLoaded("https://www.example.org/authn/preauth",
                "{\"authentication_type\": \"oauth2\", \"redirect_url\": \"https://auth.example.org/login?x=1\"}",
                uri -> Optional.empty());
        assertThat(step).isEqualTo(new LoginViewModel.Step.Navigate("https://auth.example.org/login?x=1"));
        assertThat(m.statusProperty().get()).contains("auth.example.org");
        m.pageLoaded("https://auth.example.org/login?x=1", "Sign in", uri -> Optional.empty());
        assertThat(m.loggedInProperty().get()).isFalse();

        m.pageLoaded("https://www.example.org/authn/session", "{}", uri -> Optional.of("abc%7Cdef"));

        assertThat(m.loggedInProperty().get()).isTrue();
        assertThat(m.userProperty().get()).isEqualTo("Ada Lovelace (ada@example.org)");
        assertThat(asked).containsExactly(new Credential(Credential.Kind.COOKIE, "abc%7Cdef"));
        assertThat(JsonMapper.builder().build().readTree(Files.readString(file.path())).toString())
                .isEqualTo("{\"www.example.org\":{\"cookie\":\"webauthn=abc%7Cdef\"}}");
    }

    @Test
    void aLoginTheServerStillAcceptsNeedsNoPage() throws IOException {
        CredentialFile file = new CredentialFile(dir.resolve("credential.json"));
        file.putBearerToken("www.example.org", "token-1");
        LoginViewModel m = model(file);
        List<String> loads = new ArrayList<>();
        m.start(loads::add);
        assertThat(loads).isEmpty();
        assertThat(m.loggedInProperty().get()).isTrue();
        assertThat(m.statusProperty().get()).contains("Already logged in");
    }

    @Test
    void aCookieTheServerRejectsIsNotStored() {
        CredentialFile file = new CredentialFile(dir.resolve("credential.json"));
        answer = Optional.empty();
        LoginViewModel m = model(file);
        m.pageLoaded("https://www.example.org/authn/session", "", uri -> Optional.of("stale"));
        assertThat(m.failedProperty().get()).isTrue();
        assertThat(m.loggedInProperty().get()).isFalse();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void noRedirectOrNoCookieIsAnErrorThatSaysWhatToDo() {
        LoginViewModel m = model(new CredentialFile(dir.resolve("credential.json")));
        assertThat(m.pageLoaded("https://www.example.org/authn/preauth", "{\"login_form\": {}}",
                uri -> Optional.empty())).isEqualTo(new LoginViewModel.Step.Wait());
        assertThat(m.failedProperty().get()).isTrue();
        assertThat(m.statusProperty().get()).contains("deriva-auth");

        LoginViewModel n = model(new CredentialFile(dir.resolve("credential.json")));
        n.pageLoaded("https://www.example.org/authn/session", "{}", uri -> Optional.empty());
        assertThat(n.statusProperty().get()).contains("no webauthn cookie");
    }

    @Test
    void pagesOfOtherHostsNamedSessionAreNotTrusted() {
        LoginViewModel m = model(new CredentialFile(dir.resolve("credential.json")));
        m.pageLoaded("https://evil.example.com/authn/session", "{}", uri -> Optional.of("x"));
        assertThat(asked).isEmpty();
        assertThat(m.loggedInProperty().get()).isFalse();
    }
}
