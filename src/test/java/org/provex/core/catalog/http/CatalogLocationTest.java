package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

class CatalogLocationTest {

    private static final Snaptime SNAP = Snaptime.parse("2PX-WS30-E58W");

    @Test
    void hostAndIdDefaultToHttps() {
        CatalogLocation l = CatalogLocation.of("www.example.org", "1");
        assertThat(l).isEqualTo(new CatalogLocation("https", "www.example.org", -1, "1"));
        assertThat(l.origin()).isEqualTo("https://www.example.org");
        assertThat(CatalogLocation.of("https://www.example.org:8443/", "eye-ai").origin())
                .isEqualTo("https://www.example.org:8443");
        assertThat(CatalogLocation.of("www.example.org:8443", "2").port()).isEqualTo(8443);
    }

    @Test
    void parsesChaiseRecordsetAndRecordLinks() {
        CatalogLink set = CatalogLocation.parseLink("https://www.example.org/chaise/recordset/#1/deriva-ml:Execution");
        assertThat(set.location()).isEqualTo(CatalogLocation.of("www.example.org", "1"));
        assertThat(set.table()).contains(new TableRef("deriva-ml", "Execution"));
        assertThat(set.snaptime()).isEmpty();
        assertThat(set.rid()).isEmpty();

        CatalogLink record = CatalogLocation.parseLink(
                "https://www.example.org/chaise/record/#21@2PX-WS30-E58W/My%20Schema:My%20Table/RID=1-abc4?pcid=x");
        assertThat(record.location().catalogId()).isEqualTo("21");
        assertThat(record.snaptime()).contains(SNAP);
        assertThat(record.table()).contains(new TableRef("My Schema", "My Table"));
        assertThat(record.rid()).contains(Rid.of("1-ABC4"));
    }

    @Test
    void parsesCitationsAndErmrestUrls() {
        CatalogLink cite = CatalogLocation.parseLink("https://www.example.org/id/1/1-ABC4@2PX-WS30-E58W");
        assertThat(cite.location()).isEqualTo(CatalogLocation.of("www.example.org", "1"));
        assertThat(cite.rid()).contains(Rid.of("1-ABC4"));
        assertThat(cite.snaptime()).contains(SNAP);
        assertThat(CatalogLocation.parseLink("https://www.example.org/id/1/1-ABC4").snaptime()).isEmpty();
        assertThat(CatalogLocation.parse("https://h.example.org/ermrest/catalog/7@2PX-WS30-E58W/entity/S:T"))
                .isEqualTo(CatalogLocation.of("h.example.org", "7"));
        assertThatThrownBy(() -> CatalogLocation.parse("https://www.example.org/id/1-ABC4"))
                .hasMessageContaining("does not name its catalog");
        assertThatThrownBy(() -> CatalogLocation.parse("https://www.example.org/somewhere"))
                .hasMessageContaining("not a Chaise");
    }

    @Test
    void allowsPlainHttpOnlyForLoopback() {
        assertThat(CatalogLocation.of("http://127.0.0.1:8080", "1").origin()).isEqualTo("http://127.0.0.1:8080");
        assertThat(CatalogLocation.of("http://localhost", "1").scheme()).isEqualTo("http");
        assertThat(CatalogLocation.of("http://[::1]:9000", "1").origin()).isEqualTo("http://[::1]:9000");
        assertThat(CatalogLocation.parse("http://127.8.9.10/chaise/recordset/#1/S:T").scheme()).isEqualTo("http");
        assertThatThrownBy(() -> CatalogLocation.of("http://www.example.org", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://www.example.org");
        assertThatThrownBy(() -> CatalogLocation.parse("http://10.0.0.1/id/1/1-ABC4"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogLocation.of("http://localhost.evil.org", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogLocation.of("ftp://www.example.org", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogLocation.of("https://user:pw@www.example.org", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsCitationsAndChaiseLinksThatParseBack() {
        CatalogLocation l = CatalogLocation.of("www.example.org", "1");
        TableRef table = new TableRef("deriva-ml", "Execution Metadata");
        assertThat(l.citation(Rid.of("1-ABC4"), SNAP)).isEqualTo("https://www.example.org/id/1/1-ABC4@2PX-WS30-E58W");
        String chaise = l.chaiseRecordUrl(table, Rid.of("1-ABC4"), SNAP);
        assertThat(chaise).isEqualTo("https://www.example.org/chaise/record/#1@2PX-WS30-E58W/"
                + "deriva-ml:Execution%20Metadata/RID=1-ABC4");
        CatalogLink back = CatalogLocation.parseLink(chaise);
        assertThat(back.table()).contains(table);
        assertThat(back.rid()).contains(Rid.of("1-ABC4"));
        assertThat(back.snaptime()).contains(SNAP);
        assertThat(CatalogLocation.parseLink(l.citation(Rid.of("1-ABC4"), null)).rid()).contains(Rid.of("1-ABC4"));
    }
}
