package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.EarlierEvent;
import org.mingle.domain.shared.AccountId;

/**
 * An event's matching model: its confirmed attendees as matching sees them (their categories included), the pairs
 * never recommended to each other (blocks, the event's mutual matches and connections), the rule of the event's
 * categories as of the last full read, and the engine built from them. Immutable, so any number of
 * readers share one; a change gives a new model (decision 22).
 *
 * <p>Every attendee, departure and pair carries the version of the event at which it was read. A change applies only
 * where it is at least as new as what the model holds, so changes arriving late, twice, out of order or during a full
 * reload never undo a newer one. A new pair costs one copy of the engine's per-attendee table; anything that changes
 * who attends or what they show rebuilds the engine from the profiles kept here, without the database.
 */
public final class MatchingModel {

    /** The engine is built neutral; readers apply the event's current settings per query. */
    private static final MatchSettings NEUTRAL = new MatchSettings(0, false);

    private final long baseline; // the version of the last full read: what is known of every other account
    private final Map<AccountId, Member> members;
    private final Map<AccountId, Long> departed; // accounts that left since the last full read, and when
    private final Map<Exclusions.Pair, Long> pairs; // as of the last rebuild
    private final Added added; // pairs since then, newest first
    private final Map<Exclusions.Pair, Met> metBefore; // at earlier events of the community: explained, not scored
    private final AttendeeCategories.Rule rule; // as of the last full read: rules change rarely (decision 54)
    private final MatchingEngine engine;

    /** Where a pair met before, and the version of the event at which that was read. */
    private record Met(EarlierEvent event, long version) {
    }

    /** Pairs added since the engine was last built, as a list that grows without copying. */
    private record Added(Exclusions.Pair pair, long version, Added previous) {
    }

    private MatchingModel(long baseline, Map<AccountId, Member> members, Map<AccountId, Long> departed,
                          Map<Exclusions.Pair, Long> pairs, Added added, Map<Exclusions.Pair, Met> metBefore,
                          AttendeeCategories.Rule rule, MatchingEngine engine) {
        this.baseline = baseline;
        this.members = members;
        this.departed = departed;
        this.pairs = pairs;
        this.added = added;
        this.metBefore = metBefore;
        this.rule = rule;
        this.engine = engine;
    }

    /** The model of everything read at once. */
    static MatchingModel of(ModelDelta.Everything everything) {
        return new MatchingModel(Long.MIN_VALUE, Map.of(), Map.of(), Map.of(), null, Map.of(),
                AttendeeCategories.Rule.ANYONE, null)
                .apply(List.of(everything));
    }

    /** The engine under the event's current settings. */
    public MatchingEngine engine(MatchSettings settings) {
        return engine.withSettings(settings);
    }

    /** Whether the account is a confirmed attendee as far as this model knows. */
    public boolean contains(AccountId account) {
        return members.containsKey(account);
    }

    /** The attendee's name as recommendations show it; null when not an attendee. */
    public String displayName(AccountId attendee) {
        Member member = members.get(attendee);
        return member == null ? null : member.profile().displayName();
    }

    /** The attendee's headline as recommendations show it; null when hidden from fellow attendees or empty. */
    public String headline(AccountId attendee) {
        Member member = members.get(attendee);
        return member == null ? null : member.headline();
    }

    /** The attendee's company as recommendations show it; null when hidden from fellow attendees or empty. */
    public String company(AccountId attendee) {
        Member member = members.get(attendee);
        return member == null ? null : member.company();
    }

    /**
     * The latest earlier event of the community (group or series) where the two connected; empty when they did not.
     * An explanation only: it changes no score (decision 42).
     */
    public Optional<EarlierEvent> metBefore(AccountId a, AccountId b) {
        if (a.equals(b) || metBefore.isEmpty()) {
            return Optional.empty();
        }
        Met met = metBefore.get(Exclusions.Pair.of(a, b));
        return met == null ? Optional.empty() : Optional.of(met.event());
    }

    /** Every pair known to have connected at an earlier event of the community (some may not attend this one). */
    public Set<Exclusions.Pair> pairsMetBefore() {
        return metBefore.keySet();
    }

    /** How many attendees the model holds. */
    public int size() {
        return members.size();
    }

    /** This model with the changes applied, oldest first; itself when none is newer than what it holds. */
    MatchingModel apply(List<ModelDelta> changes) {
        List<ModelDelta> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingLong(ModelDelta::version));
        if (ordered.stream().allMatch(ModelDelta.Excluded.class::isInstance)) {
            MatchingEngine next = engine;
            Added log = added;
            for (ModelDelta change : ordered) {
                var excluded = (ModelDelta.Excluded) change;
                if (excluded.version() > baseline) { // else the last full read has it, or knows it is gone
                    next = next.excluding(excluded.pair());
                    log = new Added(excluded.pair(), excluded.version(), log);
                }
            }
            return new MatchingModel(baseline, members, departed, pairs, log, metBefore, rule, next);
        }
        var next = new Draft(baseline, new HashMap<>(members), new HashMap<>(departed), allPairs(),
                new HashMap<>(metBefore), rule);
        for (ModelDelta change : ordered) {
            if (change instanceof ModelDelta.Everything everything) {
                next.reload(everything);
            } else if (change instanceof ModelDelta.Members refreshed) {
                next.refresh(refreshed);
            } else {
                var excluded = (ModelDelta.Excluded) change;
                next.addPair(excluded.pair(), excluded.version());
            }
        }
        Map<AccountId, String> categories = new HashMap<>();
        next.members.forEach((account, member) -> {
            if (member.category() != null) {
                categories.put(account, member.category());
            }
        });
        MatchingEngine rebuilt = MatchingEngine.ofProfiles(
                next.members.values().stream().map(Member::profile).toList(),
                new Exclusions(next.pairs.keySet(), Set.of()), NEUTRAL, categories, next.rule);
        return new MatchingModel(next.baseline, Map.copyOf(next.members), Map.copyOf(next.departed),
                Map.copyOf(next.pairs), null, Map.copyOf(next.metBefore), next.rule, rebuilt);
    }

    /** The parts of the next model while changes are applied to them. */
    private static final class Draft {
        long baseline;
        final Map<AccountId, Member> members;
        final Map<AccountId, Long> departed;
        final Map<Exclusions.Pair, Long> pairs;
        final Map<Exclusions.Pair, Met> metBefore;
        AttendeeCategories.Rule rule;

        Draft(long baseline, Map<AccountId, Member> members, Map<AccountId, Long> departed,
              Map<Exclusions.Pair, Long> pairs, Map<Exclusions.Pair, Met> metBefore, AttendeeCategories.Rule rule) {
            this.baseline = baseline;
            this.members = members;
            this.departed = departed;
            this.pairs = pairs;
            this.metBefore = metBefore;
            this.rule = rule;
        }

        /** A full read replaces what it is at least as new as, and keeps what changed after it was taken. */
        void reload(ModelDelta.Everything everything) {
            long version = everything.version();
            if (version < baseline) {
                return;
            }
            Map<AccountId, Member> found = byAccount(everything.members());
            for (AccountId account : new ArrayList<>(members.keySet())) {
                if (version >= versionOf(account) && !found.containsKey(account)) {
                    put(account, null, version);
                }
            }
            found.forEach((account, member) -> {
                if (version >= versionOf(account)) {
                    put(account, member, version);
                }
            });
            baseline = version;
            rule = everything.rule();
            departed.values().removeIf(since -> since <= version); // the baseline says as much now
            pairs.values().removeIf(seen -> seen <= version);
            everything.pairs().forEach(pair -> pairs.merge(pair, version, Math::max));
            // The same rule for pairs met before: the full read replaces what it is at least as new as.
            metBefore.values().removeIf(met -> met.version() <= version);
            everything.metBefore().forEach((pair, event) -> addMet(pair, event, version));
        }

        void refresh(ModelDelta.Members refreshed) {
            Map<AccountId, Member> found = byAccount(refreshed.attendees());
            for (AccountId account : refreshed.accounts()) {
                if (refreshed.version() >= versionOf(account)) {
                    put(account, found.get(account), refreshed.version());
                }
            }
            refreshed.blocks().forEach(pair -> addPair(pair, refreshed.version()));
            if (refreshed.version() > baseline) {
                refreshed.metBefore().forEach((pair, event) -> addMet(pair, event, refreshed.version()));
            }
        }

        /** Keeps the newer read of a pair; of two reads at one version, the later event. */
        void addMet(Exclusions.Pair pair, EarlierEvent event, long version) {
            metBefore.merge(pair, new Met(event, version), (held, read) -> held.version() > read.version()
                    || held.version() == read.version() && held.event().startsAt().isAfter(read.event().startsAt())
                    ? held : read);
        }

        void addPair(Exclusions.Pair pair, long version) {
            if (version > baseline) { // else the last full read has it, or knows it is gone
                pairs.merge(pair, version, Math::max);
            }
        }

        private long versionOf(AccountId account) {
            Member member = members.get(account);
            return member != null ? member.version() : departed.getOrDefault(account, baseline);
        }

        private void put(AccountId account, Member member, long version) {
            if (member != null) {
                members.put(account, new Member(member.profile(), member.headline(), member.company(),
                        member.category(), version));
                departed.remove(account);
            } else {
                members.remove(account);
                if (version > baseline) {
                    departed.put(account, version);
                }
            }
        }

        private static Map<AccountId, Member> byAccount(List<Member> members) {
            Map<AccountId, Member> found = new HashMap<>();
            members.forEach(member -> found.put(member.profile().accountId(), member));
            return found;
        }
    }

    private Map<Exclusions.Pair, Long> allPairs() {
        Map<Exclusions.Pair, Long> all = new HashMap<>(pairs);
        for (Added pair = added; pair != null; pair = pair.previous()) {
            all.merge(pair.pair(), pair.version(), Math::max);
        }
        return all;
    }
}
