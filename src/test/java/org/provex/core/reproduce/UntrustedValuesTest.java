package org.provex.core.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UntrustedValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+experiment=cifar10_quick", "model_config.learning_rate=0.01", "datasets=small",
        "++description='Reproduction of 1-AS10'", "~model_config.dropout", "datasets.0.version='0.4.0'",
        "hydra_like_but_not=1", "model.lr=-0.1", "name=value with spaces", "cmd=$(touch pwned)",
        "x=`id`;rm -rf /", "group@pkg=choice", "paths=/data/cifar10"})
    void plainOverridesPass(String value) {
        assertThat(UntrustedValues.override(value)).isEqualTo(value);
    }

    @Test
    void optionLookingValuesAreRefused() {
        assertThatThrownBy(() -> UntrustedValues.override("--config-dir=/etc"))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("read it as an option");
        assertThatThrownBy(() -> UntrustedValues.override("-m")).isInstanceOf(UnsafeValueException.class);
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> UntrustedValues.override("a=b\nrm -rf ~")).isInstanceOf(UnsafeValueException.class)
                .hasMessageContaining("control character").hasMessageContaining("\\u000a");
        assertThatThrownBy(() -> UntrustedValues.override("a=b\rc")).isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> UntrustedValues.override("a=b\u0000")).isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> UntrustedValues.override("a=b\u2028c")).isInstanceOf(UnsafeValueException.class);
    }

    @Test
    void hydraSettingsAndTraversalAreRefused() {
        assertThatThrownBy(() -> UntrustedValues.override("hydra.run.dir=/tmp/elsewhere"))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("Hydra's own settings");
        assertThatThrownBy(() -> UntrustedValues.override("+hydra/launcher=submitit_slurm"))
                .isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> UntrustedValues.override("output_dir=../../home/user/.ssh"))
                .isInstanceOf(UnsafeValueException.class).hasMessageContaining("'..'");
        assertThatThrownBy(() -> UntrustedValues.override("$(id)=1")).isInstanceOf(UnsafeValueException.class)
                .hasMessageContaining("not a configuration key");
        assertThatThrownBy(() -> UntrustedValues.override("no_equals_sign")).isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> UntrustedValues.override("x".repeat(10_000) + "=1"))
                .isInstanceOf(UnsafeValueException.class);
    }

    @Test
    void repositoryPathsStayInsideTheRepository() {
        assertThat(UntrustedValues.repositoryPath("src/models/cifar10_cnn.py")).isEqualTo("src/models/cifar10_cnn.py");
        for (String bad : new String[] {"../outside.py", "src/../../x.py", "/etc/passwd", "src\\win.py", "a//b.py",
            ".git/config", "src/./x.py", "", "dir/"}) {
            assertThatThrownBy(() -> UntrustedValues.repositoryPath(bad)).as(bad)
                    .isInstanceOf(UnsafeValueException.class);
        }
    }

    @Test
    void imageReferencesMustBePinnedByADigest() {
        String digest = "sha256:" + "a".repeat(64);
        assertThat(UntrustedValues.imageReference("ghcr.io/org/eval", digest)).isEqualTo("ghcr.io/org/eval@" + digest);
        assertThatThrownBy(() -> UntrustedValues.imageReference("--privileged", digest))
                .isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> UntrustedValues.imageReference("ghcr.io/org/eval", "latest"))
                .isInstanceOf(UnsafeValueException.class);
        assertThatThrownBy(() -> UntrustedValues.imageReference("Evil Image", digest))
                .isInstanceOf(UnsafeValueException.class);
    }

    @Test
    void printableEscapesControlCharacters() {
        assertThat(UntrustedValues.printable("a\nb\u0007")).isEqualTo("a\\u000ab\\u0007");
        assertThat(UntrustedValues.isEntryPoint("deriva-ml-run")).isTrue();
        assertThat(UntrustedValues.isEntryPoint("deriva-ml-run-notebook")).isTrue();
        assertThat(UntrustedValues.isEntryPoint("bash")).isFalse();
        assertThat(UntrustedValues.isEntryPoint("deriva-ml-run;rm")).isFalse();
    }
}
