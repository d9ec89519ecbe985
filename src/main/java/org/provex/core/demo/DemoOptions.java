package org.provex.core.demo;

/**
 * Options of the demo generator.
 *
 * @param extraExecutions  0 for the normal demo; N appends N generated executions for benchmarks
 */
public record DemoOptions(int extraExecutions) {

    public DemoOptions {
        if (extraExecutions < 0) {
            throw new IllegalArgumentException("extraExecutions must be >= 0: " + extraExecutions);
        }
    }

    /** The demo a newcomer sees. */
    public static DemoOptions normal() {
        return new DemoOptions(0);
    }
}
