package org.provex.core.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.Settings;
import org.provex.core.settings.Settings.CatalogEntry;

class RecordLinkTest {

    @Test
    void readsAChaiseRecordLinkWithAndWithoutASnapshot() {
        RecordLink plain = RecordLink.parse("https://www.example.org/chaise/record/#1/deriva-ml:Execution/RID=1-abc4");
        assertThat(plain.location().origin()).isEqualTo("https://www.example.org");
        assertThat(plain.location().catalogId()).isEqualTo("1");
        assertThat(plain.rid()).isEqualTo(Rid.of("1-ABC4"));
        assertThat(plain.snaptime()).isEmpty();
        assertThat(plain.table()).contains(new TableRef("deriva-ml", "Execution"));

        RecordLink snap = RecordLink.parse("https://www.example.org/chaise/record/#1@2PX-WS30-E58W/"
                + "deriva-ml:Dataset/RID=1-ABC4");
        assertThat(snap.snaptime()).contains(Snaptime.parse("2PX-WS30-E58W"));
        assertThat(snap.describe()).isEqualTo("https://www.example.org/id/1/1-ABC4@2PX-WS30-E58W");
    }

    @Test
    void readsACitationTheDesktopSchemeAndALoopbackServer() {
        RecordLink citation = RecordLink.parse("  https://WWW.example.org:8443/id/7/3-x9kp-1234@2PX-WS30-E58W ");
        assertThat(citation.location().port()).isEqualTo(8443);
        assertThat(citation.location().catalogId()).isEqualTo("7");
        assertThat(citation.rid()).isEqualTo(Rid.of("3-X9KP-1234"));
        assertThat(citation.snaptime()).isPresent();
        assertThat(citation.table()).isEmpty();

        assertThat(RecordLink.parse("provex:https://www.example.org/id/1/1-ABC4").rid()).isEqualTo(Rid.of("1-ABC4"));
        assertThat(RecordLink.parse("http://127.0.0.1:5000/id/1/1-ABC4").location().scheme()).isEqualTo("http");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "1-ABC4",
        "www.example.org/id/1/1-ABC4",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://www.example.org/chaise/recordset/#1/deriva-ml:Execution",
        "https://www.example.org/chaise/recordset/#1/deriva-ml:Execution/RID=1-ABC4",
        "https://www.example.org/chaise/record/#1/deriva-ml:Execution",
        "https://www.example.org/ermrest/catalog/1/entity/deriva-ml:Execution/RID=1-ABC4",
        "https://www.example.org/id/1",
        "https://www.example.org/id/1/",
        "http://www.example.org/id/1/1-ABC4",
        "https://user:secret@www.example.org/id/1/1-ABC4",
        "https://www.example.org/id/1/1-ABC4 rm",
        "https://www.example.org/id/1/1-ABC4\nhttps://www.example.org/id/1/1-ABC5",
        "https://www.example.org/id/1/1-AB\u0000C4",
        "https://www.exa%20mple.org/id/1/1-ABC4",
        "https://www.example.org/id/..%2F..%2Fetc/1-ABC4",
        "https://www.example.org/id/1;drop/1-ABC4",
        "https://www.example.org/id/1/1-AB!C4",
        "https://www.example.org/id/1/%2E%2E",
        "https://www.example.org/id/1/1-ABCD-EFGH-JKMN-PQRS",
        "https://www.example.org/id/1/1-ABC4@not-a-snapshot!",
        "https://www.example.org/other/chaise/record/#1/deriva-ml:Execution/RID=1-ABC4",
    })
    void refusesAnythingButALinkToOneRecord(String text) {
        assertThatThrownBy(() -> RecordLink.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void refusesOverlongText() {
        String text = "https://www.example.org/id/1/1-ABC4?" + "x".repeat(RecordLink.MAX_LENGTH);
        assertThatThrownBy(() -> RecordLink.parse(text)).hasMessageContaining("characters long");
    }

    @Test
    void findsTheAddedCatalogOrTheDemoBySchemeHostPortAndId() {
        Settings settings = Settings.defaults()
                .withCatalog(new CatalogEntry("prod", "https://www.example.org", "1"))
                .withCatalog(new CatalogEntry("staging", "https://www.example.org:8443", "1"))
                .withCatalog(new CatalogEntry("other", "https://www.example.org", "2"));
        assertThat(RecordLink.parse("https://WWW.EXAMPLE.ORG/id/1/1-ABC4").catalogIn(settings)).contains("prod");
        assertThat(RecordLink.parse("https://www.example.org:8443/id/1/1-ABC4").catalogIn(settings))
                .contains("staging");
        assertThat(RecordLink.parse("https://www.example.org/id/2/1-ABC4").catalogIn(settings)).contains("other");
        assertThat(RecordLink.parse("https://www.example.org/id/3/1-ABC4").catalogIn(settings)).isEmpty();
        assertThat(RecordLink.parse("https://demo.provex.invalid/id/1/1-ABC4").catalogIn(settings)).contains("demo");
        assertThat(RecordLink.parse("https://demo.provex.invalid/id/2/1-ABC4").catalogIn(settings)).isEmpty();

        RecordLink elsewhere = RecordLink.parse("https://data.example.net/id/1/1-ABC4");
        assertThat(elsewhere.catalogIn(settings)).isEmpty();
        assertThat(elsewhere.notAddedMessage()).contains("data.example.net/1",
                "provex catalog add https://data.example.net 1");
    }
}
