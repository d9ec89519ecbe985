package org.provex.core.reproduce.launch;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * A launch whose cancel first asks something else to stop (a container engine to stop the named container, which
 * ending the engine's client alone may leave running), then ends the local process tree.
 */
final class StoppingHandle implements LaunchHandle {

    private final LaunchHandle process;
    private final Runnable stop;

    StoppingHandle(LaunchHandle process, Runnable stop) {
        this.process = process;
        this.stop = stop;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Optional<BatchJob> job() {
        return process.job();
    }

    @Override
    public boolean isRunning() {
        return process.isRunning();
    }

    @Override
    public OptionalInt exitCode() {
        return process.exitCode();
    }

    @Override
    public boolean cancelled() {
        return process.cancelled();
    }

    @Override
    public CompletableFuture<Integer> completion() {
        return process.completion();
    }

    @Override
    public void cancel() {
        if (process.isRunning()) {
            stop.run();
        }
        process.cancel();
    }

    @Override
    public List<String> recentOutput() {
        return process.recentOutput();
    }

    @Override
    public void addListener(LaunchListener listener) {
        process.addListener(listener);
    }

    @Override
    public void removeListener(LaunchListener listener) {
        process.removeListener(listener);
    }
}
