package org.backboard.core.roster;

import java.util.EnumSet;
import java.util.Set;
import org.backboard.core.redflag.Tier;

/** The roster's red-flag filter: patients with at least one open (unacknowledged) flag of these tiers. */
public enum FlagFilter {
    ANY("Any open red flag", EnumSet.allOf(Tier.class)),
    EMERGENCY("Emergency", EnumSet.of(Tier.EMERGENCY)),
    URGENT("Urgent", EnumSet.of(Tier.URGENT)),
    REVIEW("Review", EnumSet.of(Tier.REVIEW));

    private final String label;
    private final Set<Tier> tiers;

    FlagFilter(String label, Set<Tier> tiers) {
        this.label = label;
        this.tiers = tiers;
    }

    public String label() {
        return label;
    }

    public Set<Tier> tiers() {
        return EnumSet.copyOf(tiers);
    }
}
