package io.segbot.mece;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made cart abandoners for tests, all relative to {@link #AS_OF}. */
final class Users {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private final List<CartAbandoner> rows = new ArrayList<>();

    Users add(String id, int daysBefore, Double aov, Double engagement, Double profitability) {
        rows.add(CartAbandoner.of(id, AS_OF.minusDays(daysBefore), null, aov, 5, 2, engagement, profitability));
        return this;
    }

    Users addCampaign(String id, CampaignGroup group, boolean converted) {
        rows.add(new CartAbandoner(id, AS_OF, null, 100.0, 5, 2, 0.5, 0.5, converted, group));
        return this;
    }

    Users addCampaignUsers(String prefix, CampaignGroup group, int users, int converted) {
        for (int i = 0; i < users; i++) {
            addCampaign(prefix + i, group, i < converted);
        }
        return this;
    }

    CartTable table() {
        return CartTable.of(rows);
    }

    static MeceConfig config(String yaml) {
        return MeceConfigYaml.parse(yaml, "test.yaml");
    }

    /** One dimension with a single unbounded tier: every user with the source in one segment. */
    static MeceConfig everyoneTogether() {
        return config(
                """
                dimensions:
                  - name: All
                    source: profitability_score
                    tiers: [{name: Any}]
                """);
    }
}
