package org.provex.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RidAndSnaptimeTest {

    @ParameterizedTest
    @CsvSource({
        "1529365427096206, 2PX-WS30-E58W",
        "1704067200000000, 30V-NRG4-4G00",
        "1749990645123456, 33F-6VJR-D4R0",
        "693954, 1-ABC4",
        "1, 2",
        "65536, 4000",
        "524288, 1-0000",
        "0, 0"
    })
    void encodesTheProtocolExamples(long value, String encoded) {
        assertThat(Crockford32.encode(value)).isEqualTo(encoded);
        assertThat(Crockford32.decode(encoded)).isEqualTo(value);
    }

    @Test
    void snaptimesConvertToAndFromInstants() {
        assertThat(Snaptime.of(Instant.parse("2018-06-18T23:43:47.096206Z")).value()).isEqualTo("2PX-WS30-E58W");
        assertThat(Snaptime.parse("30V-NRG4-4G00").toInstant()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(Snaptime.parse("33f-6vjr-d4r0").toInstant()).isEqualTo(Instant.parse("2025-06-15T12:30:45.123456Z"));
        assertThat(Snaptime.parse("2PX-WS30-E58W")).isLessThan(Snaptime.parse("30V-NRG4-4G00"));
    }

    @Test
    void ridsNormaliseLikeTheServer() {
        assertThat(Rid.of("1abc4").value()).isEqualTo("1-ABC4");
        assertThat(Rid.of(" 1-abc4 ").value()).isEqualTo("1-ABC4");
        assertThat(Rid.of("1ABC4")).isEqualTo(Rid.of("1-ABC4"));
        assertThat(Rid.of("1-ABCO").value()).isEqualTo("1-ABC0");
        assertThat(Rid.of("3ZC").value()).isEqualTo("3ZC");
    }

    @Test
    void normalisingKeepsAnOddLastSymbol() {
        assertThat(Rid.of("1-a001").value()).isEqualTo("1-A001");
        assertThat(Rid.of("zzzzzzzz").value()).isEqualTo("ZZZZ-ZZZZ");
        assertThat(Rid.of("0001-ABC4").value()).isEqualTo("1-ABC4");
        assertThat(Crockford32.normalise("0000")).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({"1-ABC4", "3ZC", "0", "ZZZZ-ZZZZ", "2PX-WS30-E58W", "1-0000", "1abc4", "1-abco", "0001-ABC4", "-1ABC",
        "1-ABC-4", "12-34567", "1--ABC4", "1-AB U", "ZZZZZ-ZZZZ-ZZZZ", "G-ZZZZ-ZZZZ-ZZZZ", "00", "1-ABC4-"})
    void theCanonicalShortcutAgreesWithTheFullNormalisation(String text) {
        if (Crockford32.isCanonical(text)) {
            assertThat(Rid.normalise(text)).isSameAs(text);
        }
        if (Crockford32.isWellFormed(text)) {
            String normal = Crockford32.normalise(text.toUpperCase(java.util.Locale.ROOT).replace("-", "")
                    .replace('O', '0'));
            assertThat(Crockford32.normalise(text)).isEqualTo(normal);
            assertThat(Crockford32.isCanonical(normal) || normal.replace("-", "").length() > 12).isTrue();
            assertThat(Crockford32.isCanonical(text)).isEqualTo(text.equals(normal) && normal.length() <= 14);
        } else {
            assertThat(Crockford32.isCanonical(text)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-02T09:15:00.123456+00:00 | 2026-03-02T09:15:00.123456Z",
        "2026-03-02 09:15:00.123456+00:00 | 2026-03-02T09:15:00.123456Z",
        "2026-03-02T09:15:00+02:00        | 2026-03-02T07:15:00Z",
        "2026-03-02T09:15:00.5-07         | 2026-03-02T16:15:00.500Z",
        "2026-03-02T09:15:00Z             | 2026-03-02T09:15:00Z",
        "2024-02-29T23:59:59.999999999+00:00 | 2024-02-29T23:59:59.999999999Z",
        "2026-03-02T09:15+00:00           | 2026-03-02T09:15:00Z",
        "1970-01-01T00:00:00-00:30        | 1970-01-01T00:30:00Z"
    })
    void ermrestTimestampsParseToTheSameInstantAsTheFormatter(String text, String expected) {
        assertThat(ErmrestTimestamp.parseOrNull(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-02-30T09:15:00+00:00", "2026-03-02T24:00:00+00:00", "2026-03-02",
        "yesterday", "2026-03-02T09:15:00+0", "2026-03-02T09:15:00.1234567890+00:00"})
    void unreadableTimestampsAreNull(String text) {
        assertThat(ErmrestTimestamp.parseOrNull(text)).isNull();
    }

    @Test
    void importedNonBase32RidsAreKeptAsGiven() {
        assertThat(Rid.of("legacy_42").value()).isEqualTo("legacy_42");
        assertThat(Rid.looksLikeRid("legacy_42")).isFalse();
        assertThat(Rid.looksLikeRid("1abc4")).isTrue();
        assertThat(Rid.looksLikeRid("cifar")).isFalse();
    }

    @Test
    void qualifiedRidsSplitAtTheSnapshot() {
        QualifiedRid q = QualifiedRid.parse("1-000c@32s-w6ds-gamg");
        assertThat(q.rid().value()).isEqualTo("1-000C");
        assertThat(q.snaptime()).contains(Snaptime.parse("32S-W6DS-GAMG"));
        assertThat(q).hasToString("1-000C@32S-W6DS-GAMG");
        assertThatThrownBy(() -> Rid.of("1-000C@32S")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> Snaptime.parse("not a snapshot")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Crockford32.decode("ZZZZ-ZZZZ-ZZZZ-Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rid.of("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
