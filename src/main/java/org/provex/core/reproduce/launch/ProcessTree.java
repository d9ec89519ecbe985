package org.provex.core.reproduce.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a process and everything it started ({@code uv run} starts Python, which starts data-loader workers): the
 * whole tree is asked to terminate, then whatever is still alive after a grace period is killed. The tree is taken
 * before anything is ended, because a child whose parent has died is no longer its descendant.
 */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * @return the processes that were alive when the tree was taken (the root first)
     */
    public static List<ProcessHandle> terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        await(tree, grace);
        // a process may have started children while being asked to stop; take them too
        List<ProcessHandle> left = new ArrayList<>();
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.descendants().forEach(left::add);
                left.add(p);
            }
        }
        left.forEach(ProcessHandle::destroyForcibly);
        await(left, Duration.ofSeconds(5));
        return tree;
    }

    private static void await(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive or not observable: the caller goes on to kill what is left
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
