package io.segbot.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * PNG charts sized for a chat preview (800 × 500), with titles, axis labels and units, and the
 * segment colours of {@link SegmentColors}. Rendering is headless.
 */
public final class Charts {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** One bar per segment, each in its segment's colour. */
    public static byte[] bars(
            String title, String xTitle, String yTitle, List<String> labels, List<? extends Number> values) {
        CategoryChart chart = base(title, xTitle, yTitle);
        chart.getStyler().setOverlapped(true);
        for (int i = 0; i < labels.size(); i++) {
            List<String> x = new ArrayList<>(labels);
            List<Number> y = new ArrayList<>();
            for (int j = 0; j < labels.size(); j++) {
                y.add(j == i ? values.get(j) : 0);
            }
            CategorySeries series = chart.addSeries(labels.get(i), x, y);
            series.setFillColor(SegmentColors.of(labels.get(i)));
        }
        chart.getStyler().setLegendVisible(false);
        return png(chart);
    }

    /** Stacked bars: one stack per category, one layer per series (e.g. churn bands). */
    public static byte[] stacked(
            String title,
            String xTitle,
            String yTitle,
            List<String> categories,
            List<String> seriesNames,
            List<List<? extends Number>> seriesValues,
            List<Color> colours) {
        CategoryChart chart = base(title, xTitle, yTitle);
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        for (int s = 0; s < seriesNames.size(); s++) {
            CategorySeries series = chart.addSeries(seriesNames.get(s), categories, seriesValues.get(s));
            series.setFillColor(colours.get(s));
        }
        return png(chart);
    }

    /** A histogram from bin labels and counts. */
    public static byte[] histogram(
            String title, String xTitle, String yTitle, List<String> bins, List<? extends Number> counts) {
        CategoryChart chart = base(title, xTitle, yTitle);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.98);
        chart.addSeries("customers", bins, counts).setFillColor(new Color(0x0072B2));
        return png(chart);
    }

    /** A heat map of counts, e.g. RFM R (rows) × F (columns). */
    public static byte[] heatMap(String title, String xTitle, String yTitle, List<?> x, List<?> y, int[][] counts) {
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)});
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                cells.add(new Number[] {i, j, counts[i][j]});
            }
        }
        chart.addSeries("customers", x, y, cells);
        return png(chart);
    }

    private static CategoryChart base(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        return chart;
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the chart '" + chart.getTitle() + "' failed", e);
        }
    }
}
