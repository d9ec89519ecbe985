package org.provex.core.diff.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.RunComparer;
import org.provex.core.diff.SyntheticRuns;
import org.provex.core.formats.SecretMasker;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;

class DiffExportTest {

    private static final String HOSTILE = "<script>alert('x')</script> | **bold** [link](javascript:alert(1)) &amp;";
    private static final String SECRET = "wandb-key-do-not-leak";
    private static final Snaptime SNAP = Snaptime.of(Instant.parse("2026-05-20T00:00:00Z"));

    private static Comparison comparison(boolean reveal) {
        List<ExecutionAudit> runs = SyntheticRuns.hostileRuns(HOSTILE, SECRET);
        return RunComparer.prepare(runs, reveal).against(0);
    }

    private static Citations demo() {
        return Citations.of(RecordLinks.demo(SNAP), SNAP);
    }

    @Test
    void htmlIsSelfContainedAndEscapesCatalogText() {
        String html = HtmlReport.render(comparison(false), RowFilter.DIFFERENCES, demo());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "Content-Security-Policy");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(",
                "href=").doesNotContainPattern("<[a-z]+[^>]*\\ssrc=");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp;amp;",
                "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).doesNotContain(SECRET).contains(SecretMasker.MASK);
        assertThat(html).contains("1-X002@" + SNAP.value(), "No links: The demo catalog");
        assertThat(html.indexOf("Verdict")).isLessThan(html.indexOf("Environment: packages"));
    }

    @Test
    void markdownEscapesCatalogTextAndKeepsTablesIntact() {
        String md = MarkdownReport.render(comparison(false), RowFilter.DIFFERENCES, demo());
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|img|b|/td)").doesNotContain("**bold**", "[link](")
                .contains("\\<script\\>",
                "\\| \\*\\*bold\\*\\*", "\\&amp;");
        assertThat(md).doesNotContain(SECRET).contains(SecretMasker.MASK);
        int columns = -1;
        int tableRows = 0;
        for (String line : md.split("\n")) {
            int cells = line.split("(?<!\\\\)\\|", -1).length;
            if (!line.startsWith("|")) {
                columns = -1;
            } else if (columns < 0) {
                columns = cells;
            } else {
                assertThat(cells).as(line).isEqualTo(columns);
                tableRows++;
            }
        }
        assertThat(tableRows).isGreaterThan(5);
        assertThat(md).contains("## Verdict", "## Environment: packages", "1-X002@" + SNAP.value());
    }

    @Test
    void jsonHasTheDocumentedShapeAndMasksSecrets() {
        JsonNode o = JsonReport.of(comparison(false), RowFilter.DIFFERENCES, demo());
        assertThat(o.get("baseline").asString()).isEqualTo("1-X002");
        assertThat(o.get("secrets_masked").asBoolean()).isTrue();
        assertThat(o.get("runs")).hasSize(3);
        assertThat(o.get("runs").get(0).get("citation").get("text").asString()).isEqualTo("1-X002@" + SNAP.value());
        assertThat(o.get("runs").get(0).get("citation").get("url").isNull()).isTrue();
        assertThat(o.get("verdict").get("runs").get(0).get("environment").get("answer").asString())
                .isEqualTo("different");
        JsonNode sections = o.get("sections");
        assertThat(sections.get(0).get("id").asString()).isEqualTo("verdict");
        JsonNode variables = null;
        for (JsonNode s : sections) {
            if (s.get("id").asString().equals("variables")) {
                variables = s;
            }
        }
        assertThat(variables).isNotNull();
        JsonNode cell = variables.get("rows").get(0).get("cells").get(1);
        assertThat(cell.propertyNames()).containsExactly("rid", "value", "state", "level", "how");
        assertThat(o.toString()).doesNotContain(SECRET);
        JsonNode revealed = JsonReport.of(comparison(true), RowFilter.DIFFERENCES, demo());
        assertThat(revealed.get("secrets_masked").asBoolean()).isFalse();
        assertThat(revealed.toString()).contains(SECRET);
    }

    @Test
    void revealedReportsSayPlainlyThatTheyHoldSecrets() {
        Comparison c = comparison(true);
        assertThat(HtmlReport.render(c, RowFilter.DIFFERENCES, demo())).contains(SECRET, "REVEALED");
        assertThat(MarkdownReport.render(c, RowFilter.DIFFERENCES, demo())).contains(SECRET.replace("-", "-"),
                "REVEALED");
    }

    @Test
    void realCatalogsAreCitedBySnapshotQualifiedLinks() {
        Citations links = Citations.of(RecordLinks.of(CatalogLocation.of("www.example.org", "1"), SNAP), SNAP);
        Citations.Citation c = links.cite(Rid.of("1-X002"));
        assertThat(c.url()).contains("https://www.example.org/id/1/1-X002@" + SNAP.value());
        assertThat(links.note()).isEmpty();
        String html = HtmlReport.render(comparison(false), RowFilter.ALL, links);
        assertThat(html).contains("<a href=\"https://www.example.org/id/1/1-X002@" + SNAP.value() + "\">");
        String md = MarkdownReport.render(comparison(false), RowFilter.ALL, links);
        assertThat(md).contains("](https://www.example.org/id/1/1-X002@" + SNAP.value() + ")");
        assertThat(Citations.withoutLinks(null, "").cite(Rid.of("1-X002")).text()).isEqualTo("1-X002");
    }

    @Test
    void allRowsShowsTheSameRowsToo() {
        Comparison c = comparison(false);
        String diffOnly = MarkdownReport.render(c, RowFilter.DIFFERENCES, demo());
        String all = MarkdownReport.render(c, RowFilter.ALL, demo());
        assertThat(diffOnly).doesNotContain("| numpy |");
        assertThat(all).contains("| numpy |");
        assertThat(Map.of("md", all.length())).allSatisfy((k, v) -> assertThat(v).isGreaterThan(diffOnly.length()));
    }
}
