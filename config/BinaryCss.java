import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (process-classes, run by Maven as a single source file with the project's class path): writes a
 * binary stylesheet ({@code .bss}) beside every {@code .css} in the compiled classes. JavaFX loads {@code X.bss} in
 * place of {@code X.css} when both are there, as it does for its own Modena theme, so the window's stylesheets are
 * read without parsing CSS: the parser and parsing Provex's eleven stylesheets took 0.4-0.8 s of a cold start on the
 * build machine. The {@code .css} files stay, and stay the source; the {@code .bss} files are made again at every
 * build. {@code -Dbinary.css=false} at run time makes JavaFX parse the {@code .css} files instead.
 */
public final class BinaryCss {

    private BinaryCss() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes)) {
            sheets = files.filter(f -> f.getFileName().toString().endsWith(".css")).toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("BinaryCss: " + sheets.size() + " stylesheets written as .bss under " + classes);
    }
}
