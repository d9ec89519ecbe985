package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.Rid;
import org.provex.ui.detail.DetailContent.Choice;
import org.provex.ui.detail.DetailContent.ConfigDataset;
import org.provex.ui.detail.DetailContent.Configuration;

/** The "Configuration" part of the page, from configuration.json and Hydra's files. */
final class ConfigurationFacts {

    private ConfigurationFacts() {
    }

    static Configuration of(ExecutionConfiguration c, ExecutionAudit audit, List<InputDetail> inputs) {
        List<Choice> choices = new ArrayList<>();
        c.configChoices().forEach((group, option) ->
                choices.add(new Choice(group, option, group.startsWith("hydra/"))));
        // a config dataset links to the version the run was pinned to, when the same dataset is an input
        Map<Rid, Rid> pinned = inputs.stream().filter(i -> i.input().datasetVersion() != null)
                .collect(Collectors.toMap(i -> i.input().dataset(), i -> i.input().datasetVersion(), (a, b) -> a));
        List<ConfigDataset> datasets = new ArrayList<>();
        for (DatasetSpec s : c.datasets()) {
            datasets.add(new ConfigDataset(s.rid(), s.version(), s.rid() == null ? null : pinned.get(s.rid()),
                    s.materialize()));
        }
        List<DetailContent.ConfigAsset> assets = c.assets().stream()
                .map(a -> new DetailContent.ConfigAsset(a.rid(), a.path())).toList();
        List<String> overrides = !audit.hydraOverrides().isEmpty() ? audit.hydraOverrides()
                : audit.hydraRuntime().map(r -> r.taskOverrides()).orElse(List.of());
        return new Configuration(choices, datasets, assets, commandLine(c.argv()), overrides);
    }

    /** argv as a shell would need it typed: words with blanks or quotes are single-quoted. */
    static String commandLine(List<String> argv) {
        return argv.stream().map(ConfigurationFacts::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        if (word.matches("[A-Za-z0-9_@%+=:,./~-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
