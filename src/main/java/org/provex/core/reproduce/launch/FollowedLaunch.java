package org.provex.core.reproduce.launch;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a launch followed through its log file has in common, whatever runs it (a process on this computer, a Slurm
 * job): the log's tail and its listeners, whether it was cancelled, and the completion its follower completes.
 */
public abstract class FollowedLaunch implements LaunchHandle {

    /** The log as followed: its recent lines, its listeners, the lines Provex adds. */
    protected final LogTail tail;
    /** Completed with the exit code (or -1) by the thread that follows the launch. */
    protected final CompletableFuture<Integer> completion = new CompletableFuture<>();
    /** Set by {@link #cancel} once the cancel was asked for. */
    protected volatile boolean cancelled;

    protected FollowedLaunch(LogTail tail) {
        this.tail = tail;
    }

    @Override
    public boolean isRunning() {
        return !completion.isDone();
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<Integer> completion() {
        return completion;
    }

    @Override
    public List<String> recentOutput() {
        return tail.recent();
    }

    @Override
    public void addListener(LaunchListener listener) {
        tail.listeners().add(listener);
    }

    @Override
    public void removeListener(LaunchListener listener) {
        tail.listeners().remove(listener);
    }
}
