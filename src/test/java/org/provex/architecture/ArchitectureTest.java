package org.provex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of docs/decisions/0001, 0011 and 0013: core is headless, the CLI is the only console writer,
 * view models know no scene graph, and only ui.common hops to the FX thread.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.provex");
    }

    @Test
    void coreIsFreeOfTheUiToolkit() {
        noClasses().that().resideInAPackage("org.provex.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void coreDependsOnNeitherUiNorCli() {
        noClasses().that().resideInAPackage("org.provex.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.provex.ui..", "org.provex.cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.provex.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nobodyPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.provex.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchSceneNodes() {
        // a view model (and the models it is made of: GridModel, FileViewerModel...) is tested without a toolkit
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Model")
                .and().resideInAPackage("org.provex.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void onlyUiCommonHopsToTheFxThread() {
        // everything else gets its callbacks on the FX thread from the task runner (decision record 0011)
        noClasses().that().resideOutsideOfPackage("org.provex.ui.common..")
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    @Test
    void threadsComeFromExecutorsOwnedByTheCompositionRoot() {
        noClasses().that().resideInAPackage("org.provex.core..")
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .check(classes);
    }
}
