import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Build step of the package profile on Windows and macOS (run by Maven with the JDK that runs jpackage, as a single
 * source file: {@code java packaging/PlatformTemplates.java OS SOURCE_DIR OUT_DIR VERSION}). Writes jpackage's resource
 * directory: the files of {@code packaging/OS}, plus the one template jpackage has no option for, taken from this
 * JDK's own jpackage and changed in one place, so the rest of it stays as this JDK's jpackage expects:
 * <ul>
 * <li>windows: {@code main.wxs} with one more component in the installed feature, the {@code provex:} URL protocol
 * (registry keys under {@code Software\Classes\provex}, per machine or per user as the installation is; removed on
 * uninstall) whose open command is {@code "[INSTALLDIR]Provex.exe" "%1"}, the same as {@code provex LINK};</li>
 * <li>macos: {@code Info.plist} with {@code CFBundleURLTypes} naming the {@code provex} scheme (macOS then hands such
 * links to the application, which receives them as open-URI events), and with {@code VERSION} (the project's
 * version, e.g. 0.1.0) as the version people see ({@code CFBundleShortVersionString}). jpackage on macOS refuses an
 * app version whose first number is 0, so the package profile gives it the project version with 1 added to the
 * first number (0.1.0 becomes 1.1.0); jpackage writes that as the bundle's build number ({@code CFBundleVersion}),
 * which only has to grow from release to release; Finder's Get Info shows 0.1.0, as {@code provex --version} does.</li>
 * </ul>
 * When the template is missing or has changed so that the place is not found, the build fails with the reason
 * rather than make an installer without the association.
 */
public final class PlatformTemplates {

    private static final String RESOURCES = "/modules/jdk.jpackage/jdk/jpackage/internal/resources/";
    private static final String FEATURE_END = "<ComponentGroupRef Id=\"FileAssociations\"/>";
    /** Fixed forever, like the upgrade code: Windows Installer tracks the component by it across upgrades. */
    private static final String COMPONENT_GUID = "{3B9C2E71-5D4A-4F0B-9E62-7A1C8D5F2B40}";
    private static final String URL_PROTOCOL = String.join("\n",
            FEATURE_END,
            "      <!-- Provex: the provex: URL protocol, so a provex:https://HOST/id/... link opens the record -->",
            "      <Component Id=\"ProvexUrlProtocol\" Guid=\"" + COMPONENT_GUID + "\" Directory=\"INSTALLDIR\">",
            "        <RegistryKey Root=\"HKMU\" Key=\"Software\\Classes\\provex\">",
            "          <RegistryValue Type=\"string\" Value=\"URL:Provex record link\" KeyPath=\"yes\"/>",
            "          <RegistryValue Type=\"string\" Name=\"URL Protocol\" Value=\"\"/>",
            "          <RegistryKey Key=\"DefaultIcon\">",
            "            <RegistryValue Type=\"string\" Value=\"[INSTALLDIR]Provex.exe,0\"/>",
            "          </RegistryKey>",
            "          <RegistryKey Key=\"shell\\open\\command\">",
            "            <RegistryValue Type=\"string\" Value=\"&quot;[INSTALLDIR]Provex.exe&quot; &quot;%1&quot;\"/>",
            "          </RegistryKey>",
            "        </RegistryKey>",
            "      </Component>");
    private static final String PLIST_END = "</dict>\n</plist>";
    /** jpackage's placeholder for {@code CFBundleShortVersionString} (JDK 17 to 25 alike). */
    private static final String SHORT_VERSION = "DEPLOY_BUNDLE_SHORT_VERSION";
    private static final String URL_TYPES = String.join("\n",
            "  <key>CFBundleURLTypes</key>",
            "  <array>",
            "   <dict>",
            "    <key>CFBundleURLName</key>",
            "    <string>org.provex.Provex.link</string>",
            "    <key>CFBundleTypeRole</key>",
            "    <string>Viewer</string>",
            "    <key>CFBundleURLSchemes</key>",
            "    <array><string>provex</string></array>",
            "   </dict>",
            "  </array>",
            " " + PLIST_END);

    private PlatformTemplates() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: PlatformTemplates windows|macos SOURCE_DIR OUT_DIR VERSION [TEMPLATE]");
        }
        String version = args[3];
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("VERSION must be one to three numbers separated by dots: " + version);
        }
        Path source = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        switch (args[0]) {
            case "windows" -> write(out.resolve("main.wxs"), insert(template(args, "main.wxs"), FEATURE_END,
                    URL_PROTOCOL));
            case "macos" -> write(out.resolve("Info.plist"), insert(insert(template(args, "Info-lite.plist.template")
                    .replace("\r\n", "\n").replaceAll("\\s*</dict>\\s*</plist>\\s*$", "\n" + PLIST_END + "\n"),
                    PLIST_END, URL_TYPES), SHORT_VERSION, version));
            default -> throw new IllegalArgumentException("no templates to write for " + args[0]);
        }
    }

    /** This JDK's jpackage template (or, to try the change elsewhere, the file given as the fourth argument). */
    private static String template(String[] args, String name) throws IOException {
        Path file = args.length == 5 ? Path.of(args[4])
                : FileSystems.getFileSystem(URI.create("jrt:/")).getPath(RESOURCES + name);
        if (!Files.exists(file)) {
            throw new IOException("This JDK's jpackage has no " + name + " (" + file + "): build the installer with the"
                    + " JDK of the platform it is for");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String insert(String template, String marker, String replacement) throws IOException {
        int at = template.indexOf(marker);
        if (at < 0 || template.indexOf(marker, at + 1) >= 0) {
            throw new IOException("jpackage's template changed: '" + marker + "' is not in it exactly once, so the"
                    + " provex: URL association or the version cannot be written; update"
                    + " packaging/PlatformTemplates.java");
        }
        return template.substring(0, at) + replacement + template.substring(at + marker.length());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("PlatformTemplates: wrote " + file + " (the provex: URL association"
                + (file.endsWith("Info.plist") ? ", the version shown" : "") + ")");
    }
}
