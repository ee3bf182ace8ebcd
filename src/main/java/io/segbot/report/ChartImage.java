package io.segbot.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A rendered chart: PNG bytes, the file name it is written or uploaded as, a title and an alt text
 * that states the chart's figures in words (for screen readers and for platforms that show no
 * images).
 */
public record ChartImage(String fileName, String title, String altText, int width, int height, byte[] png) {
    public ChartImage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(altText, "altText");
        if (fileName == null || !fileName.matches("[a-z0-9][a-z0-9-]*\\.png")) {
            throw new IllegalArgumentException(
                    "chart file name must be lower-case letters, digits and dashes ending in .png, got " + fileName);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("chart size must be positive, got " + width + "x" + height);
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartImage c
                && fileName.equals(c.fileName)
                && title.equals(c.title)
                && altText.equals(c.altText)
                && width == c.width
                && height == c.height
                && Arrays.equals(png, c.png);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, title, altText, width, height, Arrays.hashCode(png));
    }

    @Override
    public String toString() {
        return "ChartImage[" + fileName + ", " + width + "x" + height + ", " + png.length + " bytes]";
    }
}
