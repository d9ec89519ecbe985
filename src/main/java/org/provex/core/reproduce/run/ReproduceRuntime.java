package org.provex.core.reproduce.run;

import java.util.Objects;

/**
 * The reproduce services of a running application: planning, verification and readiness ({@link ReproduceServices})
 * and the one launcher ({@link Reproductions}) whose launches outlive the windows that started them. The window's
 * composition root builds it once; the CLI builds its services per command instead.
 */
public record ReproduceRuntime(ReproduceServices services, Reproductions reproductions) {

    public ReproduceRuntime {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(reproductions, "reproductions");
    }
}
