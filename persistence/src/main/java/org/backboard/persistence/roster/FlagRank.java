package org.backboard.persistence.roster;

import org.backboard.core.redflag.Tier;

/**
 * The rank a patient's most urgent open flag is stored as ({@code patient.worst_flag}, kept by the
 * V8 trigger's {@code case f.tier when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end}): the
 * tier's position in core's {@link Tier}, most urgent first. A lower rank is more urgent, so
 * "at least as urgent as" is {@code worst_flag <= rank}. RosterStoreTest holds the trigger to it.
 */
final class FlagRank {

    private static final Tier[] BY_RANK = Tier.values();

    private FlagRank() {
    }

    static int of(Tier tier) {
        return tier.ordinal();
    }

    static Tier tier(int rank) {
        return BY_RANK[rank];
    }
}
