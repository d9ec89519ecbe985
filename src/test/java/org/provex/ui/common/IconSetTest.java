package org.provex.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The icon set in {@code icons/} is complete, every raster has the size its name promises, the set was generated
 * from the current {@code provex.svg}, and the window icons are on the classpath.
 */
class IconSetTest {

    private static final Path ICONS = Path.of("icons");
    /** icns element types and the pixel size each holds (the ones generate.sh writes). */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("is32", 16);
        ICNS_TYPES.put("il32", 32);
        ICNS_TYPES.put("ih32", 48);
        ICNS_TYPES.put("it32", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024})
    void everyPngSizeIsPresentSquareAndTheMark(int size) throws IOException {
        Path png = ICONS.resolve("hicolor/" + size + "x" + size + "/apps/provex.png");
        assertThat(png).as("run icons/generate.sh").exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 0, 0)).as("the tile has transparent corners").isZero();
        assertThat(alpha(image, size / 2, size / 2)).as("and an opaque centre").isEqualTo(255);
    }

    @Test
    void windowsIconHoldsEverySize() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("provex.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry));
            int height = Byte.toUnsignedInt(ico.get(entry + 1));
            assertThat(width).isEqualTo(height);
            long bytes = Integer.toUnsignedLong(ico.getInt(entry + 8));
            long offset = Integer.toUnsignedLong(ico.getInt(entry + 12));
            assertThat(offset + bytes).as("entry %d lies inside the file", i).isLessThanOrEqualTo(ico.capacity());
            sizes.add(width == 0 ? 256 : width);
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void macIconHoldsEverySize() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("provex.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(bytes.length);
        TreeSet<Integer> sizes = new TreeSet<>();
        int at = 8;
        while (at < bytes.length) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            assertThat(length).as("element %s", type).isGreaterThan(8);
            if (ICNS_TYPES.containsKey(type)) {
                sizes.add(ICNS_TYPES.get(type));
            }
            at += length;
        }
        assertThat(at).as("elements end where the file does").isEqualTo(bytes.length);
        assertThat(sizes).containsExactlyElementsOf(new TreeSet<>(ICNS_TYPES.values()));
    }

    @Test
    void rastersWereGeneratedFromTheCurrentSource() throws Exception {
        byte[] svg = Files.readAllBytes(ICONS.resolve("provex.svg"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(svg));
        assertThat(Files.readString(ICONS.resolve("provex.svg.sha256")).trim())
                .as("provex.svg changed: run icons/generate.sh and commit what it writes").isEqualTo(hash);
    }

    @Test
    void windowIconsAreOnTheClasspath() throws IOException {
        for (int size : AppIcon.SIZES) {
            URL url = AppIcon.resource(size);
            assertThat(url).as("%d px", size).isNotNull();
            try (InputStream in = url.openStream()) {
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
