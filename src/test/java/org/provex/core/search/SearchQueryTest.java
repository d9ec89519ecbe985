package org.provex.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.provex.core.model.Rid;
import org.provex.core.search.SearchQuery.Kind;

class SearchQueryTest {

    @Test
    void blankIsEmpty() {
        assertThat(SearchQuery.parse(null).kind()).isEqualTo(Kind.EMPTY);
        assertThat(SearchQuery.parse("   ").kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void ridsAreNormalisedWhateverTheCaseAndHyphens() {
        SearchQuery q = SearchQuery.parse(" 1abc4 ");
        assertThat(q.kind()).isEqualTo(Kind.RID);
        assertThat(q.rid()).isEqualTo(Rid.of("1-ABC4"));
        assertThat(SearchQuery.parse("1-ABC4").rid()).isEqualTo(Rid.of("1-ABC4"));
        assertThat(SearchQuery.parse("1-abc4").rid().value()).isEqualTo("1-ABC4");
    }

    @Test
    void aSnapshotQualifiedRidNamesTheRecord() {
        SearchQuery q = SearchQuery.parse("1-ABC4@2PX-WS30-E58W");
        assertThat(q.kind()).isEqualTo(Kind.RID);
        assertThat(q.rid()).isEqualTo(Rid.of("1-ABC4"));
    }

    @Test
    void chaiseAndCitationLinksGiveTheirRecord() {
        SearchQuery chaise = SearchQuery.parse(
                "https://www.example.org/chaise/record/#21@2PX-WS30-E58W/deriva-ml:Execution/RID=1-abc4?pcid=x");
        assertThat(chaise.kind()).isEqualTo(Kind.LINK);
        assertThat(chaise.rid()).isEqualTo(Rid.of("1-ABC4"));
        SearchQuery cite = SearchQuery.parse("https://www.example.org/id/1/1-AS10@2PX-WS30-E58W");
        assertThat(cite.kind()).isEqualTo(Kind.LINK);
        assertThat(cite.record()).contains(Rid.of("1-AS10"));
    }

    @Test
    void linksThatNameNoRecordAreInvalidWithAReason() {
        SearchQuery set = SearchQuery.parse("https://www.example.org/chaise/recordset/#1/deriva-ml:Execution");
        assertThat(set.kind()).isEqualTo(Kind.INVALID);
        assertThat(set.value()).contains("names no record");
        SearchQuery other = SearchQuery.parse("https://github.com/informatics-isi-edu/deriva-ml");
        assertThat(other.kind()).isEqualTo(Kind.INVALID);
        assertThat(other.value()).isNotBlank();
        assertThat(other.rid()).isNull();
    }

    @Test
    void thirtyTwoHexDigitsAreAnMd5InLowerCase() {
        SearchQuery q = SearchQuery.parse("D41D8CD98F00B204E9800998ECF8427E");
        assertThat(q.kind()).isEqualTo(Kind.MD5);
        assertThat(q.value()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(SearchQuery.parse("d41d8cd98f00b204e9800998ecf8427").kind()).isNotEqualTo(Kind.MD5);
    }

    @Test
    void oneWordWithAnExtensionIsAFileName() {
        assertThat(SearchQuery.parse("configuration.json").kind()).isEqualTo(Kind.FILE_NAME);
        assertThat(SearchQuery.parse("uv.lock").kind()).isEqualTo(Kind.FILE_NAME);
        assertThat(SearchQuery.parse("environment_snapshot_20230301_101010.txt").value())
                .isEqualTo("environment_snapshot_20230301_101010.txt");
        assertThat(SearchQuery.parse("weights.h5").kind()).isEqualTo(Kind.FILE_NAME);
    }

    @Test
    void everythingElseIsFreeText() {
        assertThat(SearchQuery.parse("ROC analysis").kind()).isEqualTo(Kind.TEXT);
        assertThat(SearchQuery.parse("0.3.0").kind()).isEqualTo(Kind.TEXT);
        assertThat(SearchQuery.parse("lr=0.001").kind()).isEqualTo(Kind.TEXT);
        assertThat(SearchQuery.parse("dropout").kind()).isEqualTo(Kind.TEXT);
        assertThat(SearchQuery.parse("user@example").kind()).isEqualTo(Kind.TEXT);
        assertThat(SearchQuery.parse("quick run.txt notes").kind()).isEqualTo(Kind.TEXT);
    }
}
