package io.segbot.app;

import io.segbot.analytics.clv.HoldoutValidation;
import io.segbot.analytics.clv.PeriodUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text and JSON renderings of a {@link HoldoutValidation}. */
final class HoldoutReport {
    private HoldoutReport() {}

    static String describe(HoldoutValidation check, LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        long days = holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%nHoldout %s .. %s (%d days = %.1f %s), %d calibration customers%n",
                calibrationEnd.plusDays(1),
                holdoutEnd,
                days,
                unit.fromDays(days),
                unit.name().toLowerCase(Locale.ROOT),
                check.customers()));
        text.append(String.format(
                Locale.ROOT,
                "%-6s %9s %9s %10s %12s %15s%n",
                "x",
                "customers",
                "actual",
                "predicted",
                "actual/cust",
                "predicted/cust"));
        for (HoldoutValidation.Group g : check.groups()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-6s %9d %9.0f %10.1f %12.2f %15.2f%n",
                    g.label(),
                    g.customers(),
                    g.actual(),
                    g.predicted(),
                    g.meanActual(),
                    g.meanPredicted()));
        }
        text.append(String.format(
                Locale.ROOT,
                "%-6s %9d %9.0f %10.1f%n",
                "total",
                check.customers(),
                check.actualTotal(),
                check.predictedTotal()));
        text.append(String.format(
                Locale.ROOT,
                "Error: predicted total %+.1f %% against actual; mean absolute error %.3f purchases per customer%n",
                check.percentError(),
                check.meanAbsoluteError()));
        return text.toString();
    }

    static Map<String, Object> toJson(HoldoutValidation check, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", calibrationEnd.plusDays(1).toString());
        json.put("end", holdoutEnd.toString());
        json.put("days", holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay());
        json.put("actual", check.actualTotal());
        json.put("predicted", check.predictedTotal());
        json.put("percent_error", check.percentError());
        json.put("mae", check.meanAbsoluteError());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (HoldoutValidation.Group g : check.groups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("x", g.label());
            row.put("customers", g.customers());
            row.put("actual", g.actual());
            row.put("predicted", g.predicted());
            groups.add(row);
        }
        json.put("by_frequency", groups);
        return json;
    }
}
