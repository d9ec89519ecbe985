package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {

    @ParameterizedTest
    @ValueSource(strings = {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID", "GITHUB_TOKEN",
        "HF_TOKEN", "WANDB_API_KEY", "OPENAI_API_KEY", "API_KEY", "api_key", "HFTOKEN", "SSHKEY", "MY_KEYS",
        "PGPASSWORD", "DB_PASSWD", "DB_PASS", "MYSQL_PWD", "CLIENT_SECRET", "GOOGLE_APPLICATION_CREDENTIALS",
        "OAUTH", "HTTP_AUTHORIZATION", "BASIC_AUTH", "SESSION", "FLASK_SESSION_ID", "JUPYTER_COOKIE_SECRET",
        "SSL_PRIVATE", "DATABASE_URL", "SENTRY_DSN", "GH_PAT", "AZURE_STORAGE_CONNECTION_STRING", "deriva.token"})
    void secretNames(String name) {
        assertThat(SecretMasker.isSecretName(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOME", "PATH", "PWD", "OLDPWD", "KEYBOARD_LAYOUT", "TOKENIZERS_PARALLELISM",
        "GIT_AUTHOR_NAME", "AUTHOR", "SSH_AUTH_SOCK", "XDG_SESSION_TYPE", "XDG_SESSION_ID",
        "DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER", "DESKTOP_SESSION", "PASSAGE", "SLURM_JOB_ID",
        "CUDA_VISIBLE_DEVICES", "WANDB_MODE", "KEYTIMEOUT", "", " "})
    void ordinaryNames(String name) {
        assertThat(SecretMasker.isSecretName(name)).as(name).isFalse();
        assertThat(SecretMasker.isSecretName(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghp_16C7e42F292c6912E7710c838347Ae178B4a", "github_pat_11ABCDEFG0123456789_abcdefghij",
        "glpat-xxxxxxxxxxxxxxxxxxxx", "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345", "sk-proj-abcdefghijklmnopqrstuvwx",
        "sk-ant-api03-abcdefghijklmnopqrstuv", "xoxb-1234567890-abcdefghij", "AKIAIOSFODNN7EXAMPLE",
        "ASIAFAKEFAKEFAKE1234", "AIzaSyA-abcdefghijklmnopqrstuvwxyz01234",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nabc", "postgresql://ml:hunter2@db.example.org:5432/runs"})
    void secretLookingValues(String value) {
        assertThat(SecretMasker.looksLikeSecretValue(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/home/researcher", "4a52f741a8d29aa9ae3e3885acfb4f43f8ead20b", "offline", "gpu-a100",
        "https://github.com/acme-lab/cifar10-model", "https://user@example.org/repo", "AKIA", "sk-short",
        "C.UTF-8", ""})
    void ordinaryValues(String value) {
        assertThat(SecretMasker.looksLikeSecretValue(value)).as(value).isFalse();
        assertThat(SecretMasker.looksLikeSecretValue(null)).isFalse();
    }

    @Test
    void maskHasOneShapeWhateverTheValue() {
        assertThat(SecretMasker.mask("x")).isEqualTo(SecretMasker.mask("a much longer secret value"))
                .isEqualTo(SecretMasker.mask(""))
                .isEqualTo(SecretMasker.mask(null))
                .isEqualTo(SecretMasker.MASK)
                .doesNotContain("x");
    }

    @Test
    void maskEnvironmentMasksByNameAndByValueAndSorts() {
        Map<String, String> env = new HashMap<>();
        env.put("WANDB_API_KEY", "0123456789abcdef");
        env.put("MY_SETTING", "ghp_16C7e42F292c6912E7710c838347Ae178B4a");
        env.put("HOME", "/home/researcher");
        env.put("EMPTY", null);
        env.put(null, "dropped");

        Map<String, String> masked = SecretMasker.maskEnvironment(env);

        assertThat(masked.keySet()).containsExactly("EMPTY", "HOME", "MY_SETTING", "WANDB_API_KEY");
        assertThat(masked).containsEntry("EMPTY", null)
                .containsEntry("HOME", "/home/researcher")
                .containsEntry("MY_SETTING", SecretMasker.MASK)
                .containsEntry("WANDB_API_KEY", SecretMasker.MASK);
        assertThat(SecretMasker.maskEnvironment(null)).isEmpty();
    }
}
