package org.provex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline of {@link SyncBench}: a plain fetch of a catalog, in a process of its own (JVM start included, as the
 * CLI's sync is measured). Pages every table at one snapshot by RID ({@code @sort(RID)@after(...)?limit=N}, one
 * request at a time, bodies read and dropped; the next page key is the last {@code "RID":"..."} in the body, found
 * without parsing) and then GETs every listed file with 4 requests in parallel. Nothing is parsed or written.
 *
 * <p>{@code PlainFetch ORIGIN CATALOG SNAPTIME PAGE_SIZE PLAN_FILE}; the plan file lists {@code T schema:table}
 * (escaped as in a URL) and {@code F /hatrac/...} lines. Prints {@code bytes requests}.
 */
public final class PlainFetch {

    private static final byte[] RID_KEY = "\"RID\":\"".getBytes(StandardCharsets.UTF_8);

    private PlainFetch() {
    }

    public static void main(String[] args) throws Exception {
        String origin = args[0];
        String catalog = args[1];
        String snaptime = args[2];
        int pageSize = Integer.parseInt(args[3]);
        List<String> tables = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[4]))) {
            if (line.startsWith("T ")) {
                tables.add(line.substring(2));
            } else if (line.startsWith("F ")) {
                files.add(line.substring(2));
            }
        }
        OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(120)).build();
        AtomicLong bytes = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        String base = origin + "/ermrest/catalog/" + catalog + "@" + snaptime + "/entity/";
        for (String table : tables) {
            String after = null;
            while (true) {
                String url = base + table + "@sort(RID)" + (after == null ? "" : "@after(" + after + ")")
                        + "?limit=" + pageSize;
                byte[] body = get(client, url);
                requests.incrementAndGet();
                bytes.addAndGet(body.length);
                after = lastRid(body);
                if (after == null) {
                    break;
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (String file : files) {
            running.add(pool.submit(() -> {
                bytes.addAndGet(get(client, origin + file).length);
                requests.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.println(String.format(Locale.ROOT, "%d %d", bytes.get(), requests.get()));
        System.exit(0);
    }

    private static byte[] get(OkHttpClient client, String url) throws IOException {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").build();
        try (Response response = client.newCall(request).execute(); InputStream in = response.body().byteStream()) {
            if (!response.isSuccessful()) {
                throw new IOException("GET " + url + " answered " + response.code());
            }
            return in.readAllBytes();
        }
    }

    /** The value of the last {@code "RID":"...} in a page, or null for an empty page. */
    static String lastRid(byte[] body) {
        outer:
        for (int i = body.length - RID_KEY.length; i >= 0; i--) {
            for (int k = 0; k < RID_KEY.length; k++) {
                if (body[i + k] != RID_KEY[k]) {
                    continue outer;
                }
            }
            int start = i + RID_KEY.length;
            int end = start;
            while (end < body.length && body[end] != '"') {
                end++;
            }
            return new String(body, start, end - start, StandardCharsets.UTF_8);
        }
        return null;
    }
}
