package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

class ErmrestUrlsTest {

    private final ErmrestUrls urls = new ErmrestUrls(CatalogLocation.of("www.example.org", "1"));

    @Test
    void keepsOnlyUnreservedCharactersRaw() {
        assertThat(ErmrestUrls.escape("deriva-ml_A.b~9")).isEqualTo("deriva-ml_A.b~9");
        assertThat(ErmrestUrls.escape("My Table")).isEqualTo("My%20Table");
        assertThat(ErmrestUrls.escape("a:b;c,d=e@f(g)h!i$j&k+l*m/n?o#p%q'r")).isEqualTo(
                "a%3Ab%3Bc%2Cd%3De%40f%28g%29h%21i%24j%26k%2Bl%2Am%2Fn%3Fo%23p%25q%27r");
        assertThat(ErmrestUrls.escape("*")).isEqualTo("%2A");
    }

    @Test
    void escapesUnicodeAsUtf8() {
        assertThat(ErmrestUrls.escape("Größe")).isEqualTo("Gr%C3%B6%C3%9Fe");
        assertThat(ErmrestUrls.escape("😀")).isEqualTo("%F0%9F%98%80");
        assertThat(CatalogLocation.decode(ErmrestUrls.escape("Größe 😀 (px)"))).isEqualTo("Größe 😀 (px)");
    }

    @Test
    void buildsTheReferenceExample() {
        String url = urls.entityPage(new TableRef("Sch", "My Table"), null,
                List.of(ErmrestUrls.equalTo("Image Size (px)", "3:4")), List.of("RID"), List.of(), 10);
        assertThat(url).isEqualTo("https://www.example.org/ermrest/catalog/1/entity/Sch:My%20Table/"
                + "Image%20Size%20%28px%29=3%3A4@sort(RID)?limit=10");
    }

    @Test
    void pagesAtASnapshotWithAnEscapedPageKey() {
        Snaptime snap = Snaptime.parse("2PX-WS30-E58W");
        String url = urls.entityPage(new TableRef("deriva-ml", "Execution"), snap,
                List.of(ErmrestUrls.greaterThan("RMT", "2018-06-18T23:43:47.096206+00:00")), List.of("RMT", "RID"),
                List.of("2018-06-18T23:43:48.000000+00:00", "1-ABC4"), 500);
        assertThat(url).isEqualTo("https://www.example.org/ermrest/catalog/1@2PX-WS30-E58W/entity/deriva-ml:Execution/"
                + "RMT::gt::2018-06-18T23%3A43%3A47.096206%2B00%3A00@sort(RMT,RID)"
                + "@after(2018-06-18T23%3A43%3A48.000000%2B00%3A00,1-ABC4)?limit=500");
    }

    @Test
    void projectsAttributesAndResolvesRids() {
        assertThat(urls.attributePage(new TableRef("deriva-ml", "Dataset"), null, List.of(), List.of("RID"),
                List.of("RID"), List.of("1-0000"), 3)).isEqualTo(
                "https://www.example.org/ermrest/catalog/1/attribute/deriva-ml:Dataset/RID@sort(RID)@after(1-0000)"
                        + "?limit=3");
        assertThat(urls.entityRid(Rid.of("1abc4"), null))
                .isEqualTo("https://www.example.org/ermrest/catalog/1/entity_rid/1-ABC4");
        assertThat(urls.schema(Snaptime.parse("2PX-WS30-E58W")))
                .isEqualTo("https://www.example.org/ermrest/catalog/1@2PX-WS30-E58W/schema");
        assertThat(ErmrestUrls.after(java.util.Arrays.asList(null, "x y"))).isEqualTo("@after(::null::,x%20y)");
    }

    @Test
    void refusesUnboundedOrMismatchedPages() {
        TableRef t = new TableRef("S", "T");
        assertThatThrownBy(() -> urls.entityPage(t, null, List.of(), List.of("RID"), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> urls.entityPage(t, null, List.of(), List.of("RID"), List.of("a", "b"), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesTheCatalogAlias() {
        ErmrestUrls alias = new ErmrestUrls(CatalogLocation.of("www.example.org", "my cat"));
        assertThat(alias.catalog(null)).isEqualTo("https://www.example.org/ermrest/catalog/my%20cat");
    }
}
