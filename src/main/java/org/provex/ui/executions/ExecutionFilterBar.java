package org.provex.ui.executions;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.model.ExecutionStatus;
import org.provex.ui.browse.StatusCell;
import org.provex.ui.common.Messages;

/** Filters of the executions list: text, status (multi-select), workflow, input dataset, date range. */
final class ExecutionFilterBar {

    private final Messages msg = Messages.of(ExecutionFilterBar.class);
    private final ExecutionsViewModel vm;
    private final FlowPane root = new FlowPane(8, 6);

    ExecutionFilterBar(ExecutionsViewModel vm) {
        this.vm = vm;
        root.setId("executionFilters");
        root.getStyleClass().add("filter-bar");
        root.getChildren().addAll(textField(), statusMenu(), workflowBox(), datasetBox(),
                datePicker("filterCreatedFrom", "filter.from.prompt", vm.createdFromProperty()),
                datePicker("filterCreatedTo", "filter.to.prompt", vm.createdToProperty()), clearButton(),
                compareButton());
    }

    Node node() {
        return root;
    }

    private Node textField() {
        TextField field = new TextField();
        field.setId("filterText");
        field.setPromptText(msg.get("filter.text.prompt"));
        field.setAccessibleText(msg.get("filter.text.prompt"));
        field.setTooltip(new Tooltip(msg.get("filter.text.tooltip")));
        field.setPrefColumnCount(16);
        field.textProperty().bindBidirectional(vm.textProperty());
        return field;
    }

    private Node statusMenu() {
        MenuButton menu = new MenuButton();
        menu.setId("filterStatus");
        menu.setAccessibleText(msg.get("filter.status"));
        menu.setGraphic(new FontIcon(Feather.ACTIVITY));
        for (String term : ExecutionsViewModel.STATUS_TERMS) {
            CheckMenuItem item = new CheckMenuItem(ExecutionStatus.displayName(term));
            item.setId("filterStatus-" + term);
            item.setGraphic(StatusCell.dot(term));
            item.setSelected(vm.statuses().contains(term));
            item.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.statuses().add(term);
                } else {
                    vm.statuses().remove(term);
                }
            });
            vm.statuses().addListener((SetChangeListener<String>) c -> item.setSelected(vm.statuses().contains(term)));
            menu.getItems().add(item);
        }
        menu.textProperty().bind(Bindings.createStringBinding(() -> statusText(List.copyOf(vm.statuses())),
                vm.statuses()));
        return menu;
    }

    private String statusText(List<String> terms) {
        if (terms.isEmpty()) {
            return msg.get("filter.status.any");
        }
        if (terms.size() <= 2) {
            return msg.get("filter.status.some", String.join(", ", terms.stream()
                    .map(ExecutionStatus::displayName).sorted().toList()));
        }
        return msg.get("filter.status.many", terms.size());
    }

    private Node workflowBox() {
        ComboBox<FilterChoice> box = new ComboBox<>(vm.workflowChoices());
        box.setId("filterWorkflow");
        box.setAccessibleText(msg.get("filter.workflow.any"));
        box.setPromptText(msg.get("filter.workflow.any"));
        box.setPrefWidth(230);
        box.valueProperty().bindBidirectional(vm.workflowProperty());
        return box;
    }

    private Node datasetBox() {
        ComboBox<FilterChoice> box = new ComboBox<>(vm.datasetChoices());
        box.setId("filterDataset");
        box.setAccessibleText(msg.get("filter.dataset.any"));
        box.setPromptText(msg.get("filter.dataset.any"));
        box.setPrefWidth(230);
        box.valueProperty().bindBidirectional(vm.inputDatasetProperty());
        return box;
    }

    private Node datePicker(String id, String promptKey, javafx.beans.property.ObjectProperty<java.time.LocalDate> p) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(msg.get(promptKey));
        picker.setAccessibleText(msg.get(promptKey));
        picker.setPrefWidth(162);     // "Created from" whole beside the calendar button, also at 125-200 % scaling
        picker.valueProperty().bindBidirectional(p);
        return picker;
    }

    /** Compare acts on the selection, not the filters, but this bar is the pane's only toolbar. */
    private Node compareButton() {
        Button compare = new Button(msg.get("compare"), new FontIcon(Feather.COLUMNS));
        compare.setId("compareButton");
        compare.setAccessibleText(msg.get("compare"));
        compare.setTooltip(new Tooltip(msg.get("compare.tooltip")));
        compare.disableProperty().bind(vm.canCompareProperty().not());
        compare.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedExecutions().size() < 2
                ? msg.get("compare") : msg.get("compare.count", vm.selectedExecutions().size()),
                vm.selectedExecutions()));
        compare.setOnAction(e -> vm.compare());
        return compare;
    }

    private Node clearButton() {
        Button clear = new Button(msg.get("filter.clear"), new FontIcon(Feather.X_CIRCLE));
        clear.setId("clearFilters");
        clear.setTooltip(new Tooltip(msg.get("filter.clear.tooltip")));
        clear.disableProperty().bind(vm.filteredProperty().not());
        clear.setOnAction(e -> vm.clearFilters());
        return clear;
    }
}
