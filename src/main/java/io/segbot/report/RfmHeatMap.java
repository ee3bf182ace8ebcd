package io.segbot.report;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/** The R x F map as a heat map: customers per recency and frequency score, the count in each cell. */
final class RfmHeatMap {
    private RfmHeatMap() {}

    /** @param rfCounts customers per [R-1][F-1] */
    static ChartImage chart(long runId, int[][] rfCounts) {
        String title = "Customers by recency (R) and frequency (F) score (run " + runId + ")";
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(title)
                .xAxisTitle("F score (1 = fewest orders, 5 = most)")
                .yAxisTitle("R score (1 = longest ago, 5 = most recent)")
                .build();
        Charts.style(chart.getStyler());
        int max = 1;
        int[][] heat = new int[5][5]; // XChart indexes heat data [x][y]: [F-1][R-1]
        for (int r = 0; r < 5; r++) {
            for (int f = 0; f < 5; f++) {
                heat[f][r] = rfCounts[r][f];
                max = Math.max(max, rfCounts[r][f]);
            }
        }
        chart.addSeries("customers", new int[] {1, 2, 3, 4, 5}, new int[] {1, 2, 3, 4, 5}, heat);
        chart.getStyler()
                .setShowValue(true)
                .setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 14))
                .setValueFontColor(Color.BLACK)
                .setMin(0)
                .setMax(max)
                .setHeatMapValueDecimalPattern("#,##0")
                .setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x9ecae1), new Color(0x4292c6)});
        chart.getStyler().setDecimalPattern("#,##0");
        chart.getStyler().setPlotContentSize(1.0);
        return Charts.encode(
                chart,
                "rfm-heatmap.png",
                title,
                "Heat map, " + title + ", rows R5 to R1, columns F1 to F5: " + rows(rfCounts));
    }

    private static String rows(int[][] rfCounts) {
        List<String> rows = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            List<String> cells = new ArrayList<>();
            for (int f = 1; f <= 5; f++) {
                cells.add(Formats.count(rfCounts[r - 1][f - 1]));
            }
            rows.add("R" + r + " " + String.join(" ", cells));
        }
        return String.join("; ", rows);
    }
}
