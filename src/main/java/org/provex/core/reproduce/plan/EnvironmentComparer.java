package org.provex.core.reproduce.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.provex.core.diff.EnvironmentDiff;
import org.provex.core.diff.FieldChange;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.MetadataFormatException;
import org.provex.core.formats.UvLock;
import org.provex.core.formats.UvLockReader;
import org.provex.core.reproduce.plan.EnvironmentComparison.Fact;
import org.provex.core.reproduce.plan.EnvironmentComparison.LockState;

/** Compares what a run recorded about its environment with the checkout and the machine of the reproduction. */
final class EnvironmentComparer {

    private EnvironmentComparer() {
    }

    /**
     * @param recordedLock the uv.lock the run recorded, if any
     * @param checkoutLock the bytes of uv.lock at the commit that will be checked out, if any
     * @param container    the code is a container image: its lock and Python are inside the image
     */
    static EnvironmentComparison compare(Optional<UvLock> recordedLock, Optional<byte[]> checkoutLock,
                                         Optional<EnvironmentSnapshot> recorded, MachineFacts here,
                                         boolean container) {
        List<String> differences = new ArrayList<>();
        LockState state;
        String message;
        List<FieldChange> changes = List.of();
        if (container) {
            state = LockState.NOT_APPLICABLE;
            message = "The container image holds the environment; nothing is installed.";
        } else if (recordedLock.isEmpty()) {
            state = LockState.NOT_RECORDED;
            message = "The run recorded no uv.lock; the checkout's lock decides what is installed.";
        } else if (checkoutLock.isEmpty()) {
            state = LockState.NOT_IN_CHECKOUT;
            message = "The checkout has no uv.lock, so 'uv run --frozen' cannot install the recorded packages.";
            differences.add(message);
        } else {
            UvLock mine;
            try {
                mine = UvLockReader.read("uv.lock", checkoutLock.get());
            } catch (MetadataFormatException e) {
                mine = null;
            }
            if (mine == null) {
                state = LockState.DIFFERENT;
                message = "The checkout's uv.lock cannot be read.";
                differences.add(message);
            } else {
                changes = EnvironmentDiff.uvLock(recordedLock.get(), mine);
                state = changes.isEmpty() ? LockState.SAME : LockState.DIFFERENT;
                message = changes.isEmpty() ? "The checkout's uv.lock locks the same packages as the recorded one."
                        : changes.size() + " locked package" + (changes.size() == 1 ? " differs" : "s differ")
                        + " between the recorded uv.lock and the checkout's.";
                if (!changes.isEmpty()) {
                    differences.add(message);
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        EnvironmentSnapshot env = recorded.orElse(null);
        if (!container) {
            String python = env == null ? "" : env.python().version();
            facts.add(fact("Python", python, here.python(), minorOf(python).equals(minorOf(here.python()))));
        }
        String system = env == null ? "" : env.platform().system();
        facts.add(fact("Operating system", system, here.os(), system.isEmpty()
                || here.os().toLowerCase(java.util.Locale.ROOT).startsWith(system.toLowerCase(java.util.Locale.ROOT))));
        String machine = env == null ? "" : env.platform().machine();
        facts.add(fact("Architecture", machine, here.architecture(), sameArchitecture(machine, here.architecture())));
        String gpus = env == null ? "" : String.join(", ", env.gpu().devices().stream()
                .map(EnvironmentSnapshot.GpuDevice::name).toList());
        facts.add(fact("GPU", gpus, String.join(", ", here.gpus()), gpus.equals(String.join(", ", here.gpus()))));
        String driver = env == null || env.gpu().devices().isEmpty() ? "" : env.gpu().devices().get(0).driver();
        facts.add(fact("GPU driver", driver, here.driver(), driver.equals(here.driver())));
        String cuda = env == null ? "" : env.gpu().cudaVersion();
        facts.add(fact("CUDA", cuda, here.cuda(), minorOf(cuda).equals(minorOf(here.cuda()))));
        for (Fact f : facts) {
            if (f.differs()) {
                differences.add(f.name() + ": recorded " + (f.recorded().isEmpty() ? "none" : f.recorded())
                        + ", here " + (f.here().isEmpty() ? "none" : f.here()) + ".");
            }
        }
        return new EnvironmentComparison(state, message, changes, facts, differences);
    }

    private static Fact fact(String name, String recorded, String here, boolean same) {
        boolean bothEmpty = recorded.isEmpty() && here.isEmpty();
        return new Fact(name, recorded, here, !bothEmpty && !same);
    }

    private static String minorOf(String version) {
        String[] parts = version.strip().split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version.strip();
    }

    private static boolean sameArchitecture(String recorded, String here) {
        if (recorded.isEmpty()) {
            return true;
        }
        String a = recorded.toLowerCase(java.util.Locale.ROOT).replace("x86_64", "amd64");
        String b = here.toLowerCase(java.util.Locale.ROOT).replace("x86_64", "amd64");
        return a.equals(b) || (a.equals("arm64") && b.equals("aarch64")) || (a.equals("aarch64") && b.equals("arm64"));
    }
}
