package org.provex.core.formats;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which environment variables of a snapshot are secrets and masks them. deriva-ml records
 * {@code os.environ} unfiltered, so snapshots routinely carry cloud keys and API tokens.
 *
 * <p>A name is secret when it is a known credential variable; when it contains SECRET, PASSWORD, PASSWD,
 * CREDENTIAL, PRIVATE, COOKIE, APIKEY, ACCESSKEY or CONNECTION_STRING anywhere; when one of its parts (split at
 * anything but letters and digits) ends with TOKEN(S), KEY(S), AUTH, AUTHORIZATION or SESSION, so {@code HFTOKEN}
 * and {@code SSHKEY} count while {@code KEYBOARD_LAYOUT}, {@code TOKENIZERS_PARALLELISM} and
 * {@code GIT_AUTHOR_NAME} do not; when a part is exactly PASS, PAT or DSN; or when a part is PWD in a longer
 * name ({@code MYSQL_PWD}, but not the working directory {@code PWD}/{@code OLDPWD}). Desktop-session plumbing
 * ({@code XDG_*}, {@code DBUS_*}, {@code SESSION_MANAGER}, {@code DESKTOP_SESSION}, {@code SSH_AUTH_SOCK}) is
 * exempt from the part rules.
 *
 * <p>Values are checked too, whatever the name: well-known token prefixes (GitHub, GitLab, Hugging Face,
 * OpenAI/Anthropic, Slack), AWS key ids, Google API keys, JWTs, PEM private keys and URLs with a password.
 */
public final class SecretMasker {

    /** Always the same, so the mask reveals neither the value nor its length. */
    public static final String MASK = "••••••••";

    private static final Set<String> KNOWN = Set.of("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_ACCESS_KEY_ID", "GITHUB_TOKEN", "GH_TOKEN", "GITLAB_TOKEN", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN",
            "HUGGINGFACE_TOKEN", "WANDB_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "COMET_API_KEY",
            "NEPTUNE_API_TOKEN", "KAGGLE_KEY", "GOOGLE_APPLICATION_CREDENTIALS", "AZURE_CLIENT_SECRET",
            "AZURE_STORAGE_KEY", "AZURE_STORAGE_CONNECTION_STRING", "DATABASE_URL", "SENTRY_DSN",
            "NPM_TOKEN", "PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN", "SLACK_WEBHOOK_URL", "DERIVA_TOKEN",
            "GLOBUS_TOKEN", "MLFLOW_TRACKING_TOKEN", "DOCKER_AUTH_CONFIG", "VAULT_TOKEN");

    private static final List<String> ANYWHERE = List.of("SECRET", "PASSWORD", "PASSWD", "CREDENTIAL", "PRIVATE",
            "COOKIE", "APIKEY", "ACCESSKEY", "CONNECTION_STRING");

    private static final List<String> PART_SUFFIXES = List.of("TOKEN", "TOKENS", "KEY", "KEYS", "AUTH",
            "AUTHORIZATION", "SESSION");

    private static final Set<String> PART_EXACT = Set.of("PASS", "PAT", "DSN");

    private static final Set<String> NOT_SECRET = Set.of("SSH_AUTH_SOCK", "PWD", "OLDPWD", "SESSION_MANAGER",
            "DESKTOP_SESSION");

    /** Tried only at the start of the value (lookingAt), which keeps a check to a few character comparisons. */
    private static final Pattern SECRET_VALUE = Pattern.compile(String.join("|",
            "gh[pousr]_[A-Za-z0-9]{20,}$",                         // GitHub tokens
            "github_pat_[A-Za-z0-9_]{20,}$",
            "glpat-[A-Za-z0-9_-]{20,}$",                           // GitLab
            "hf_[A-Za-z0-9]{20,}$",                                // Hugging Face
            "sk-[A-Za-z0-9_-]{20,}$",                              // OpenAI, Anthropic (sk-ant-...)
            "xox[abposr]-[A-Za-z0-9-]{10,}$",                      // Slack
            "(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}$",      // AWS key ids
            "AIza[0-9A-Za-z_-]{35}$",                              // Google API keys
            "eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*$",  // JWT
            "[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*:[^/\\s@]+@"      // URL with user:password@
    ));

    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[^A-Z0-9]+");

    /** {@code [export ]NAME=value} or {@code NAME: value}, optionally quoted; group 5 is the line end. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(\\s*(?:export\\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\\s*[=:]\\s*)(.*?)(\\r?\\n?)");

    /** {@code "NAME": "value"} in JSON-like text, escapes allowed inside the value. */
    private static final Pattern QUOTED_PAIR =
            Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.-]*)\"(\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    /** Candidate credential words in free text: runs without blanks, quotes, commas or brackets. */
    private static final Pattern WORD = Pattern.compile("[^\\s'\"`,;=()\\[\\]{}<>]+");

    private SecretMasker() {
    }

    public static boolean isSecretName(String envVarName) {
        if (envVarName == null || envVarName.isBlank()) {
            return false;
        }
        String name = envVarName.strip().toUpperCase(Locale.ROOT);
        if (KNOWN.contains(name)) {
            return true;
        }
        for (String word : ANYWHERE) {
            if (name.contains(word)) {
                return true;
            }
        }
        if (NOT_SECRET.contains(name) || name.startsWith("XDG_") || name.startsWith("DBUS_")) {
            return false;
        }
        String[] parts = NAME_SEPARATORS.split(name);
        for (String part : parts) {
            if (PART_EXACT.contains(part) || part.equals("PWD") && parts.length > 1) {
                return true;
            }
            for (String suffix : PART_SUFFIXES) {
                if (part.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for values shaped like credentials, whatever variable holds them. Generic random strings are not
     * flagged: hashes and ids look the same and are useful to see. */
    public static boolean looksLikeSecretValue(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip();
        return SECRET_VALUE.matcher(v).lookingAt()
                || v.contains("PRIVATE KEY-----") && PEM_PRIVATE_KEY.matcher(v).find();
    }

    /**
     * Masks free text, for snapshots that are not one JSON value (older deriva-ml wrote plain text; a damaged file
     * may be cut short): the value of every quoted {@code "NAME": "value"} pair and of every {@code NAME=value} or
     * {@code NAME: value} line with a secret name, and every word shaped like a credential, wherever it stands.
     * Line ends are kept. This errs towards masking: in damaged JSON a package named like a secret loses its version.
     */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher pair = QUOTED_PAIR.matcher(text);
        StringBuilder pairsMasked = new StringBuilder(text.length());
        while (pair.find()) {
            String replacement = isSecretName(pair.group(1)) ? "\"" + pair.group(1) + "\"" + pair.group(2) + "\""
                    + MASK + "\"" : pair.group();
            pair.appendReplacement(pairsMasked, Matcher.quoteReplacement(replacement));
        }
        pair.appendTail(pairsMasked);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : pairsMasked.toString().split("(?<=\\n)", -1)) {
            Matcher m = ASSIGNMENT.matcher(line);
            boolean secretLine = m.matches() && isSecretName(m.group(2)) && !m.group(4).isBlank();
            out.append(secretLine ? m.group(1) + m.group(2) + m.group(3) + MASK + m.group(5) : maskWords(line));
        }
        return out.toString();
    }

    /** Replaces every word of the text that is shaped like a credential ({@link #looksLikeSecretValue}). */
    public static String maskWords(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        Matcher w = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (w.find()) {
            if (looksLikeSecretValue(w.group())) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, last, w.start()).append(MASK);
                last = w.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The same mask for every value, including empty and null ones. */
    public static String mask(String value) {
        return MASK;
    }

    /** A sorted copy with every secret (by name or by value) masked; null keys are dropped. */
    public static SortedMap<String, String> maskEnvironment(Map<String, String> environment) {
        TreeMap<String, String> out = new TreeMap<>();
        if (environment != null) {
            environment.forEach((name, value) -> {
                if (name != null) {
                    out.put(name, isSecretName(name) || looksLikeSecretValue(value) ? mask(value) : value);
                }
            });
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
