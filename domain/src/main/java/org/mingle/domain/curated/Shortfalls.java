package org.mingle.domain.curated;

/** Why someone is left below their minimum: the first cause, in the order of {@link Shortfall.Cause}, that explains it. */
final class Shortfalls {

    private Shortfalls() {
    }

    static Shortfall.Cause cause(Instance in, Plan plan, int person) {
        int minimum = in.minimum[person];
        if (in.booked[person] + in.free[person].cardinality() < minimum) {
            return Shortfall.Cause.NOT_FREE;
        }
        int allowed = 0;
        int notDeclined = 0;
        int together = 0;
        for (int other = 0; other < in.n; other++) {
            if (other == person) {
                continue;
            }
            byte kind = in.kind(person, other);
            allowed += kind != Instance.RULE ? 1 : 0;
            notDeclined += kind == Instance.BOOKED || kind >= 0 ? 1 : 0;
            together += kind == Instance.BOOKED || in.eligible(person, other) ? 1 : 0;
        }
        if (allowed < minimum) {
            return Shortfall.Cause.RULES;
        }
        if (notDeclined < minimum) {
            return Shortfall.Cause.NO_THANKS;
        }
        if (together < minimum) {
            return Shortfall.Cause.NO_COMMON_TIME;
        }
        for (int s = in.free[person].nextSetBit(0); s >= 0; s = in.free[person].nextSetBit(s + 1)) {
            if (!plan.meets(person, s) && plan.load(s) < in.capacity[s]) {
                return Shortfall.Cause.PARTNERS_TAKEN;
            }
        }
        return Shortfall.Cause.TABLES_FULL;
    }
}
