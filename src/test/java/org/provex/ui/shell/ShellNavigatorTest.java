package org.provex.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.testing.TestContext;

class ShellNavigatorTest {

    @TempDir
    Path dir;

    private static final class Recording implements FeatureViews {
        final List<String> calls = new ArrayList<>();

        @Override
        public Node executionDetail() {
            return null;
        }

        @Override
        public Node workflows() {
            return null;
        }

        @Override
        public Node datasets() {
            return null;
        }

        @Override
        public void showExecution(Rid execution) {
            calls.add("execution " + execution);
        }

        @Override
        public void showWorkflow(Rid workflow) {
            calls.add("workflow " + workflow);
        }

        @Override
        public void showDataset(Rid dataset, Rid version) {
            calls.add("dataset " + dataset + "@" + version);
        }
    }

    @Test
    void openFindsWhatARidIsAndShowsItInItsSection() throws Exception {
        TestContext demo = TestContext.demo(dir);
        CatalogSession session = demo.demoSession();
        ObjectProperty<CatalogSession> s = new SimpleObjectProperty<>(session);
        StatusNotifications notes = new StatusNotifications();
        ShellNavigator nav = new ShellNavigator(new ImmediateTaskRunner(), s, notes);
        ObjectProperty<MainSection> section = new SimpleObjectProperty<>(MainSection.EXECUTIONS);
        Recording views = new Recording();
        nav.attach(section, views);

        DatasetSummary ds = new DatasetQueries(session.db()).datasets().get(0);
        nav.open(ds.history().get(0).rid());
        assertThat(section.get()).isEqualTo(MainSection.DATASETS);
        assertThat(views.calls).containsExactly("dataset " + ds.dataset().rid() + "@" + ds.history().get(0).rid());

        nav.open(Rid.of("1-AS10"));
        assertThat(section.get()).isEqualTo(MainSection.EXECUTIONS);
        nav.showWorkflow(Rid.of("1-AQB2"));
        assertThat(section.get()).isEqualTo(MainSection.WORKFLOWS);
        assertThat(views.calls).endsWith("execution 1-AS10", "workflow 1-AQB2");

        nav.open(Rid.of("ZZZZ-ZZZY"));
        assertThat(notes.errorProperty().get()).isTrue();
        assertThat(notes.messageProperty().get()).contains("ZZZZ-ZZZY");
        assertThat(views.calls).hasSize(3);
        session.db().close();
    }
}
