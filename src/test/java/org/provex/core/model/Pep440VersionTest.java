package org.provex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class Pep440VersionTest {

    private static Pep440Version v(String s) {
        return Pep440Version.parse(s);
    }

    @Test
    void datasetVersionOrderingFromDerivaMl() {
        assertThat(v("0.1.0")).isLessThan(v("0.1.0.post1.dev1"));
        assertThat(v("0.1.0.post1.dev1")).isLessThan(v("0.2.0"));
        assertThat(v("0.1.0.post1.dev1")).isLessThan(v("0.1.0.post1.dev2"));
        assertThat(v("0.1.0.post1.dev2")).isLessThan(v("0.1.0.post1"));
    }

    @Test
    void fullPep440Order() {
        List<String> ordered = List.of("1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12",
                "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1",
                "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1");
        List<Pep440Version> shuffled = new ArrayList<>(ordered.stream().map(Pep440Version::parse).toList());
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(Pep440Version::toString).containsExactlyElementsOf(ordered);
    }

    @Test
    void equalityIgnoresTrailingZerosAndSpelling() {
        assertThat(v("1.0")).isEqualTo(v("1.0.0"));
        assertThat(v("1.0")).hasSameHashCodeAs(v("1.0.0"));
        assertThat(v("1.0alpha1")).isEqualTo(v("1.0a1"));
        assertThat(v("2!1.0")).isGreaterThan(v("9.0"));
    }

    @Test
    void localVersionsAndFlags() {
        Pep440Version torch = v("2.1.0+cu121");
        assertThat(torch.local()).contains("cu121");
        assertThat(torch.publicText()).isEqualTo("2.1.0");
        assertThat(torch).isGreaterThan(v("2.1.0"));
        assertThat(v("0.4.0.post1.dev3").isDevRelease()).isTrue();
        assertThat(v("0.4.0").isDevRelease()).isFalse();
        assertThat(v("1.2.3").major()).isEqualTo(1);
        assertThat(v("1.2.3").minor()).isEqualTo(2);
        assertThat(v("1.2.3").micro()).isEqualTo(3);
    }

    @Test
    void nonPep440TextIsRejectedNotGuessed() {
        assertThat(Pep440Version.tryParse("git+https://github.com/org/repo@abc")).isEmpty();
        assertThat(Pep440Version.tryParse("latest")).isEmpty();
        assertThat(Pep440Version.tryParse(null)).isEmpty();
    }
}
