package org.provex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only "provex" without a command opens the window: no subcommand may reach JavaFX or the UI. */
class CliStaysHeadlessTest {

    @Test
    void onlyTheRootCommandReachesTheWindow() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.provex.cli");
        noClasses().that().resideInAPackage("org.provex.cli..").and().doNotHaveSimpleName("ProvexCommand")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.provex.ui..", "atlantafx..",
                        "org.controlsfx..", "org.kordamp..")
                .check(classes);
        noClasses().that().haveSimpleName("ProvexCommand")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.provex.ui.common..",
                        "org.provex.ui.shell..")
                .check(classes);
    }
}
