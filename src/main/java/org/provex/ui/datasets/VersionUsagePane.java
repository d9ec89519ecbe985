package org.provex.ui.datasets;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.ui.browse.BrowseFormat;
import org.provex.ui.browse.LinkActions;
import org.provex.ui.browse.RunsTable;
import org.provex.ui.common.Messages;

/** The selected version: its snapshot, links, the run that produced it and the runs that consumed it. */
final class VersionUsagePane extends VBox {

    private static final Messages TEXT = Messages.of(VersionUsagePane.class);

    private final DatasetsViewModel vm;
    private final Label title = new Label();
    private final Label snapshot = new Label();
    private final Label notes = new Label();
    private final Hyperlink producer = new Hyperlink();
    private final Label noProducer = new Label(TEXT.get("usage.noProducer"));
    private final TableView<ExecutionRow> consumers;

    VersionUsagePane(DatasetsViewModel vm) {
        this.vm = vm;
        setId("versionUsage");
        getStyleClass().add("detail-pane");
        setSpacing(6);
        title.setId("versionTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        snapshot.setId("versionSnapshot");
        snapshot.setWrapText(true);
        snapshot.setMinHeight(Region.USE_PREF_SIZE);
        notes.setId("versionNotes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        producer.setId("producerLink");
        producer.setAccessibleText(TEXT.get("usage.open"));
        producer.setOnAction(e -> vm.openProducer());
        producer.setWrapText(true);
        noProducer.getStyleClass().add(Styles.TEXT_MUTED);
        Label producedBy = new Label(TEXT.get("usage.producer"));
        producedBy.getStyleClass().add("section-title");
        producedBy.setMinWidth(Region.USE_PREF_SIZE);
        HBox producerLine = new HBox(8, producedBy, producer, noProducer);
        producerLine.setAlignment(Pos.BASELINE_LEFT);

        Label consumedBy = new Label(TEXT.get("usage.consumers"));
        consumedBy.getStyleClass().add("section-title");
        consumedBy.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("consumersSummary");
        summary.textProperty().bind(vm.consumersSummaryProperty());
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(vm.loadingUsageProperty());
        HBox consumersHead = new HBox(8, consumedBy, summary, progress);
        consumersHead.setAlignment(Pos.BASELINE_LEFT);
        consumers = RunsTable.create("consumersTable", vm.consumersMessageProperty(), vm::openExecution);
        consumers.setAccessibleText(TEXT.get("usage.accessible"));
        Bindings.bindContent(consumers.getItems(), vm.consumers());
        VBox.setVgrow(consumers, Priority.ALWAYS);

        LinkActions links = new LinkActions("datasetVersion", vm.linksReasonProperty(),
                Bindings.isNull(vm.selectedVersionProperty()), vm::openInChaise, vm::copyCitation);
        getChildren().addAll(title, snapshot, notes, links, lineageActions(), producerLine, consumersHead,
                consumers);
        vm.selectedVersionProperty().addListener((o, a, v) -> show());
        vm.producerRidProperty().addListener((o, a, b) -> show());
        vm.producerProperty().addListener((o, a, b) -> show());
        show();
    }

    /** Lineage graph, impact report and member comparison of the selected version. */
    private HBox lineageActions() {
        Button lineage = small("versionLineageButton", "usage.lineage", Feather.SHARE_2, vm::showLineage);
        Button impact = small("versionImpactButton", "usage.impact", Feather.ALERT_TRIANGLE, vm::showImpact);
        Button compare = small("compareVersionsButton", "usage.compare", Feather.COLUMNS, vm::compareVersions);
        for (Button b : List.of(lineage, impact, compare)) {
            b.disableProperty().bind(Bindings.isNull(vm.selectedVersionProperty()));
        }
        compare.disableProperty().unbind();
        compare.disableProperty().bind(Bindings.size(vm.versions()).lessThan(2)
                .or(Bindings.isNull(vm.selectedVersionProperty())));
        HBox row = new HBox(8, lineage, impact, compare);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button small(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(TEXT.get(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(TEXT.get(key + ".accessible"));
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }

    TableView<ExecutionRow> consumers() {
        return consumers;
    }

    private void show() {
        VersionRow v = vm.selectedVersionProperty().get();
        title.setText(v == null ? TEXT.get("detail.none") : TEXT.get("usage.title", v.label()));
        snapshot.getStyleClass().remove("dev-note");
        if (v == null) {
            snapshot.setText("");
            snapshot.setGraphic(null);
        } else if (v.dev()) {
            snapshot.setText(TEXT.get("usage.dev"));
            snapshot.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
            snapshot.getStyleClass().add("dev-note");
        } else {
            snapshot.setText(TEXT.get("usage.released", v.version().snapshot().value(),
                    BrowseFormat.utc(v.version().snapshot().toInstant())));
            snapshot.setGraphic(new FontIcon(Feather.CAMERA));
        }
        String text = v == null || v.version().description() == null ? "" : v.version().description().strip();
        notes.setText(text);
        notes.setVisible(!text.isEmpty());
        notes.setManaged(!text.isEmpty());
        Rid rid = vm.producerRidProperty().get();
        ExecutionRow row = vm.producerProperty().get();
        boolean has = v != null && rid != null;
        producer.setVisible(has);
        producer.setManaged(has);
        noProducer.setVisible(v != null && rid == null);
        noProducer.setManaged(v != null && rid == null);
        if (has) {
            producer.setText(row == null ? (vm.loadingUsageProperty().get() ? rid.value()
                    : TEXT.get("usage.producer.missing", rid))
                    : rid + " \u00b7 " + ExecutionStatus.displayName(row.status()) + " \u00b7 "
                    + RunsTable.firstLine(row.description()));
        }
    }
}
