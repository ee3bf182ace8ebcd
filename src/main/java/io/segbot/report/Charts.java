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
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * Bar charts as PNG (XChart, headless). 800 x 500 pixels with 13-18 pt text: readable in a Slack or
 * Discord preview without opening the image. Every chart has a title and axis titles with units.
 */
final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    static {
        // charts are drawn off-screen; never try to reach a display
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** One bar: a category, its colour and its value. */
    record Bar(String label, Color color, double value) {}

    /** One stacked series: a name (shown in the legend), its colour and a value per category. */
    record Stack(String name, Color color, List<Double> values) {}

    /** One bar per category, each in its own colour; values printed on the bars. */
    static ChartImage bars(
            String fileName,
            String title,
            String xTitle,
            String yTitle,
            List<Bar> bars,
            String valuePattern,
            String alt) {
        CategoryChart chart = category(title, xTitle, yTitle);
        List<String> categories = bars.stream().map(Bar::label).toList();
        for (int i = 0; i < bars.size(); i++) {
            List<Double> values = new ArrayList<>(bars.size());
            for (int j = 0; j < bars.size(); j++) {
                values.add(i == j ? bars.get(i).value() : null);
            }
            CategorySeries series = chart.addSeries(bars.get(i).label(), categories, values);
            series.setFillColor(bars.get(i).color());
        }
        chart.getStyler().setOverlapped(true).setLabelsVisible(true).setLegendVisible(false);
        chart.getStyler().setDecimalPattern(valuePattern);
        return encode(chart, fileName, title, alt);
    }

    /** Stacked bars: one bar per category, split into the series, with a legend. */
    static ChartImage stacked(
            String fileName,
            String title,
            String xTitle,
            String yTitle,
            List<String> categories,
            List<Stack> stacks,
            String alt) {
        CategoryChart chart = category(title, xTitle, yTitle);
        for (Stack stack : stacks) {
            chart.addSeries(stack.name(), categories, stack.values()).setFillColor(stack.color());
        }
        chart.getStyler().setStacked(true).setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return encode(chart, fileName, title, alt);
    }

    static CategoryChart category(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        // segment names are long: slant them rather than let XChart drop every other one
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        return chart;
    }

    static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
        if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            axes.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            axes.setPlotBorderVisible(false);
        }
    }

    static ChartImage encode(Chart<?, ?> chart, String fileName, String title, String alt) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return new ChartImage(fileName, title, alt, chart.getWidth(), chart.getHeight(), png);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding chart " + fileName + " as PNG failed", e);
        }
    }
}
