package org.provex.core.reproduce.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A container workflow's run, before an engine turns it into a command: the image by digest (never a tag), the files
 * mounted into it and the arguments given to its entry point. Docker, Apptainer and Singularity each render it in
 * their own syntax ({@link ContainerEngine}).
 *
 * @param image the checked {@code image@sha256:...} reference
 * @param args  the arguments after the image ({@code deriva-ml-run --host ...})
 * @param gpus  whether the container is given the machine's GPUs
 */
public record ContainerRun(String image, List<Mount> mounts, List<String> args, boolean gpus) {

    private static final Pattern BY_DIGEST = Pattern.compile("[a-z0-9][a-z0-9._/:-]{0,254}@sha256:[0-9a-f]{64}");

    /**
     * A file or folder of the workspace seen inside the container.
     *
     * @param target the absolute path inside the container
     */
    public record Mount(Path source, String target, boolean readOnly) {
        public Mount {
            Objects.requireNonNull(source, "source");
            if (target == null || !target.startsWith("/")) {
                throw new IllegalArgumentException("a mount target is an absolute path: " + target);
            }
        }
    }

    public ContainerRun {
        if (image == null || !BY_DIGEST.matcher(image).matches()) {
            throw new IllegalArgumentException("a container is run by digest (image@sha256:...), not " + image);
        }
        mounts = List.copyOf(mounts);
        args = List.copyOf(args);
    }

    /** The same run with or without the machine's GPUs. */
    public ContainerRun withGpus(boolean withGpus) {
        return new ContainerRun(image, mounts, args, withGpus);
    }
}
