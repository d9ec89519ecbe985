package org.provex.core.diff;

import java.util.List;
import java.util.Set;

/**
 * Environment variables that differ between runs for reasons unrelated to the result: the shell's
 * bookkeeping, the terminal, the login session and batch-job identifiers. A comparison folds them away: they
 * are counted and available on request, not shown by default.
 *
 * <p>Folded by exact name: {@code PWD}, {@code OLDPWD}, {@code SHLVL}, {@code _}, {@code COLUMNS},
 * {@code LINES}, {@code COLORTERM}, {@code DISPLAY}, {@code WAYLAND_DISPLAY}, {@code HOSTNAME}, {@code HOST},
 * {@code LS_COLORS}, {@code LSCOLORS}, {@code LESSOPEN}, {@code LESSCLOSE}, {@code MAIL}, {@code PS1},
 * {@code PS2}, {@code PROMPT_COMMAND}, {@code HISTFILE}, {@code HISTSIZE}, {@code HISTFILESIZE},
 * {@code HISTCONTROL}, {@code TMUX}, {@code TMUX_PANE}, {@code STY}, {@code WINDOW}, {@code WINDOWID},
 * {@code INVOCATION_ID}, {@code JOURNAL_STREAM}, {@code MOTD_SHOWN}, {@code SECURITYSESSIONID},
 * {@code DBUS_SESSION_BUS_ADDRESS}, {@code SESSION_MANAGER}, {@code DESKTOP_SESSION},
 * {@code GPG_AGENT_INFO}, {@code JPY_PARENT_PID}, {@code __CF_USER_TEXT_ENCODING}, {@code __CFBundleIdentifier},
 * {@code Apple_PubSub_Socket_Render}, {@code SLURM_JOB_ID}, {@code SLURM_JOBID}, {@code SLURM_ARRAY_JOB_ID},
 * {@code SLURM_TASK_PID}, {@code SLURM_STEP_ID}, {@code SLURM_STEPID}, {@code SLURM_PROCID},
 * {@code SLURM_LOCALID}, {@code SLURM_JOB_START_TIME}, {@code SLURM_JOB_END_TIME}, {@code PBS_JOBID},
 * {@code PBS_JOBCOOKIE}, {@code LSB_JOBID}, {@code JOB_ID}, {@code SGE_TASK_ID}.
 *
 * <p>Folded by prefix: {@code TERM} (TERM, TERM_PROGRAM, TERM_SESSION_ID, ...), {@code SSH_} (SSH_CLIENT,
 * SSH_CONNECTION, SSH_TTY, SSH_AUTH_SOCK, ...), {@code XDG_SESSION}, {@code XDG_RUNTIME_DIR},
 * {@code XDG_SEAT}, {@code XDG_VTNR}, {@code VSCODE_}, {@code ITERM_}, {@code KITTY_}, {@code KONSOLE_},
 * {@code GNOME_TERMINAL_}, {@code WT_} (Windows Terminal), {@code LC_TERMINAL}.
 *
 * <p>{@code PATH}, {@code HOME}, {@code USER}, {@code VIRTUAL_ENV}, {@code CUDA_VISIBLE_DEVICES}, thread counts
 * and the Slurm partition are kept: they decide which interpreter, libraries and devices a run used.
 */
public final class NoiseVariables {

    /** The names folded exactly, as documented above. */
    public static final Set<String> NAMES = Set.of("PWD", "OLDPWD", "SHLVL", "_", "COLUMNS", "LINES", "COLORTERM",
            "DISPLAY", "WAYLAND_DISPLAY", "HOSTNAME", "HOST", "LS_COLORS", "LSCOLORS", "LESSOPEN", "LESSCLOSE",
            "MAIL", "PS1", "PS2", "PROMPT_COMMAND", "HISTFILE", "HISTSIZE", "HISTFILESIZE", "HISTCONTROL", "TMUX",
            "TMUX_PANE", "STY", "WINDOW", "WINDOWID", "INVOCATION_ID", "JOURNAL_STREAM", "MOTD_SHOWN",
            "SECURITYSESSIONID", "DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER", "DESKTOP_SESSION", "GPG_AGENT_INFO",
            "JPY_PARENT_PID", "__CF_USER_TEXT_ENCODING", "__CFBundleIdentifier", "Apple_PubSub_Socket_Render",
            "SLURM_JOB_ID", "SLURM_JOBID", "SLURM_ARRAY_JOB_ID", "SLURM_TASK_PID", "SLURM_STEP_ID", "SLURM_STEPID",
            "SLURM_PROCID", "SLURM_LOCALID", "SLURM_JOB_START_TIME", "SLURM_JOB_END_TIME", "PBS_JOBID",
            "PBS_JOBCOOKIE", "LSB_JOBID", "JOB_ID", "SGE_TASK_ID");

    /** The prefixes folded, as documented above. */
    public static final List<String> PREFIXES = List.of("TERM", "SSH_", "XDG_SESSION", "XDG_RUNTIME_DIR",
            "XDG_SEAT", "XDG_VTNR", "VSCODE_", "ITERM_", "KITTY_", "KONSOLE_", "GNOME_TERMINAL_", "WT_",
            "LC_TERMINAL");

    private NoiseVariables() {
    }

    /** True when differences in this variable say nothing about the run. Names are case-sensitive, as on POSIX. */
    public static boolean isNoise(String name) {
        if (name == null) {
            return false;
        }
        if (NAMES.contains(name)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
