package org.provex.core.reproduce.plan;

import java.util.List;

/**
 * What the machine a reproduction runs on offers, as far as it can be probed without Python packages.
 *
 * @param python  the {@code python3} on PATH, e.g. {@code 3.11.2}, or "" when there is none
 * @param gpus    NVIDIA GPU names, empty when nvidia-smi is absent or finds none
 * @param driver  the NVIDIA driver version, or ""
 * @param cuda    the CUDA version the driver supports, or ""
 */
public record MachineFacts(String python, String os, String architecture, List<String> gpus, String driver,
                           String cuda) {

    public MachineFacts {
        gpus = List.copyOf(gpus);
    }
}
