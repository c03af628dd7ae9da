package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Recommends people to meet at one event. Built once from the event's attendees (immutable, safe to share between
 * threads); see {@link Scoring} for the formula and {@link Attendee} for how visibility is applied.
 *
 * <p>A viewer's top k never scores all pairs. Attendees are indexed by id order, interests by rarity weight with an
 * inverted index (interest to attendees), and attendees are grouped by their (seeking, offering) goals. For one viewer:
 * <ol>
 * <li>the inverted index adds up shared weights for exactly the attendees sharing an interest, which are scored fully;
 * <li>everyone else scores {@code goal + weight * perspective}, at most {@code goal + weight}, and goal depends only on
 * the goal group; a group is visited only while that bound can still reach the current k-th score (so complementary
 * goals are found through their group, and perspective-only candidates, goal 0, only fill a top k that is short or
 * weak).
 * </ol>
 * The result is exactly the brute force one: same scores to the bit, ties broken by account id (smaller first).
 *
 * <p>What is derived from the attendees (the index) is built once; the event's settings are applied per query and
 * exclusions are kept per attendee, so {@link #withSettings} and {@link #excluding} give a new engine that shares the
 * index in constant or linear time without building it again.
 */
public final class MatchingEngine {

    private static final int GOAL_MASKS = 1 << Goal.values().length;
    private static final int[] NONE = new int[0];

    private final MatchSettings settings;
    private final MatchProfile[] profiles; // ordered by account id: a lower index wins a tie
    private final Map<AccountId, Integer> index; // never changed once built: shared by the engines of one index
    private final Interest[] interests; // ordered by key: id = position
    private final Map<Interest, Integer> interestIds;
    private final double[] interestWeights;
    private final int[][] postings; // interest id -> attendee indexes, ascending
    private final int[][] interestsOf; // attendee -> interest ids, ascending
    private final double[] norms;
    private final int[] seekMasks;
    private final int[] offerMasks;
    private final int[] industries; // -1 when hidden or empty
    private final int[] seniorities; // -1 when hidden or empty
    private final int[] companies; // -1 when hidden or empty
    private final Map<String, Integer> companyIds; // comparison key -> id in companies
    private final GoalGroup[] groups;
    private final int[][] excluded; // attendee -> attendees never recommended to them
    private final int[] categoryOf; // attendee -> category id, 0 for none
    private final boolean[][] categoryAllows; // category id x category id; null when the rules keep nobody apart

    /** Working memory per thread, shared by every engine (it grows to the largest event the thread has served). */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private record GoalGroup(int seekMask, int offerMask, int[] members) {
    }

    private MatchingEngine(List<MatchProfile> attendees, Exclusions exclusions, MatchSettings settings,
                           Map<AccountId, String> categories, AttendeeCategories.Rule rule) {
        this.settings = settings;
        this.index = new HashMap<>();
        this.interestIds = new HashMap<>();
        this.profiles = attendees.stream()
                .sorted(Comparator.comparing(profile -> profile.accountId().value()))
                .toArray(MatchProfile[]::new);
        int n = profiles.length;
        for (int i = 0; i < n; i++) {
            if (index.put(profiles[i].accountId(), i) != null) {
                throw InvalidInputException.of("attendees", "lists " + profiles[i].accountId() + " twice");
            }
        }
        TreeMap<Interest, List<Integer>> listing = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (Interest interest : profiles[i].interests()) {
                listing.computeIfAbsent(interest, key -> new ArrayList<>()).add(i);
            }
        }
        interests = listing.keySet().toArray(Interest[]::new);
        interestWeights = new double[interests.length];
        postings = new int[interests.length][];
        int id = 0;
        for (Map.Entry<Interest, List<Integer>> entry : listing.entrySet()) {
            interestIds.put(entry.getKey(), id);
            postings[id] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            interestWeights[id] = Scoring.rarityWeight(n, postings[id].length);
            id++;
        }
        interestsOf = new int[n][];
        norms = new double[n];
        seekMasks = new int[n];
        offerMasks = new int[n];
        industries = new int[n];
        seniorities = new int[n];
        companies = new int[n];
        Map<String, Integer> industryIds = new HashMap<>();
        companyIds = new HashMap<>();
        Map<Integer, List<Integer>> byGoals = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            MatchProfile profile = profiles[i];
            int[] ids = profile.interests().stream().mapToInt(interestIds::get).sorted().toArray();
            interestsOf[i] = ids;
            double sum = 0;
            for (int interest : ids) {
                sum += interestWeights[interest];
            }
            norms[i] = Scoring.norm(sum);
            seekMasks[i] = profile.seekMask();
            offerMasks[i] = profile.offerMask();
            industries[i] = profile.industryKey() == null ? -1
                    : industryIds.computeIfAbsent(profile.industryKey(), key -> industryIds.size());
            seniorities[i] = profile.seniority() == null ? -1 : profile.seniority().ordinal();
            companies[i] = profile.companyKey() == null ? -1
                    : companyIds.computeIfAbsent(profile.companyKey(), key -> companyIds.size());
            byGoals.computeIfAbsent(seekMasks[i] << 16 | offerMasks[i], key -> new ArrayList<>()).add(i);
        }
        groups = byGoals.entrySet().stream()
                .map(e -> new GoalGroup(e.getKey() >>> 16, e.getKey() & 0xFFFF,
                        e.getValue().stream().mapToInt(Integer::intValue).toArray()))
                .toArray(GoalGroup[]::new);
        List<List<Integer>> never = new ArrayList<>(Collections.nCopies(n, null));
        addPairs(exclusions.blocked(), never);
        addPairs(exclusions.connected(), never);
        excluded = new int[n][];
        for (int i = 0; i < n; i++) {
            excluded[i] = never.get(i) == null ? NONE
                    : never.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        categoryOf = new int[n];
        categoryAllows = categoryMatrix(categories, rule);
    }

    /**
     * Numbers the categories among the attendees (0 for none) into {@link #categoryOf} and asks the rule once per two
     * categories, so a query looks a pair up instead of asking the rule; null when the rule keeps nobody apart.
     */
    private boolean[][] categoryMatrix(Map<AccountId, String> categories, AttendeeCategories.Rule rule) {
        List<String> keys = new ArrayList<>();
        keys.add(null);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < profiles.length; i++) {
            String key = categories.get(profiles[i].accountId());
            if (key != null) {
                categoryOf[i] = ids.computeIfAbsent(key, unseen -> {
                    keys.add(unseen);
                    return keys.size() - 1;
                });
            }
        }
        boolean[][] allows = new boolean[keys.size()][keys.size()];
        boolean keepsApart = false;
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a; b < keys.size(); b++) {
                boolean may = rule.mayMeet(keys.get(a), keys.get(b));
                allows[a][b] = may;
                allows[b][a] = may;
                keepsApart |= !may;
            }
        }
        return keepsApart ? allows : null;
    }

    /** Another engine on the same index. */
    private MatchingEngine(MatchingEngine base, int[][] excluded, MatchSettings settings) {
        this.settings = settings;
        this.profiles = base.profiles;
        this.interests = base.interests;
        this.interestWeights = base.interestWeights;
        this.postings = base.postings;
        this.interestsOf = base.interestsOf;
        this.norms = base.norms;
        this.seekMasks = base.seekMasks;
        this.offerMasks = base.offerMasks;
        this.industries = base.industries;
        this.seniorities = base.seniorities;
        this.companies = base.companies;
        this.groups = base.groups;
        this.excluded = excluded;
        this.categoryOf = base.categoryOf;
        this.categoryAllows = base.categoryAllows;
        this.index = base.index;
        this.interestIds = base.interestIds;
        this.companyIds = base.companyIds;
    }

    /**
     * Builds the engine for one event.
     *
     * @param attendees the event's attendees, each account once
     * @param exclusions blocked and connected pairs; pairs with someone outside the event are ignored
     * @throws InvalidInputException when an account appears twice
     */
    public static MatchingEngine of(List<Attendee> attendees, Exclusions exclusions, MatchSettings settings) {
        return of(attendees, exclusions, settings, Map.of(), AttendeeCategories.Rule.ANYONE);
    }

    /**
     * The same at an event with attendee categories: pairs the rule keeps apart are never recommended or paired.
     *
     * @param categories each attendee's category key; attendees without one are missing
     * @param rule       whom the event's categories let meet, asked once per two categories
     */
    public static MatchingEngine of(List<Attendee> attendees, Exclusions exclusions, MatchSettings settings,
                                    Map<AccountId, String> categories, AttendeeCategories.Rule rule) {
        return new MatchingEngine(attendees.stream().map(MatchProfile::of).toList(), exclusions, settings,
                categories, rule);
    }

    /** The same from profiles already reduced to what matching may use, as an event's model keeps them. */
    static MatchingEngine ofProfiles(List<MatchProfile> attendees, Exclusions exclusions, MatchSettings settings) {
        return ofProfiles(attendees, exclusions, settings, Map.of(), AttendeeCategories.Rule.ANYONE);
    }

    static MatchingEngine ofProfiles(List<MatchProfile> attendees, Exclusions exclusions, MatchSettings settings,
                                     Map<AccountId, String> categories, AttendeeCategories.Rule rule) {
        return new MatchingEngine(attendees, exclusions, settings, categories, rule);
    }

    /** This engine under other settings (the event's organizers may change them at any time); the index is shared. */
    public MatchingEngine withSettings(MatchSettings other) {
        return other.equals(settings) ? this : new MatchingEngine(this, excluded, other);
    }

    /**
     * This engine with one more pair never recommended to each other; this engine itself when either is not an
     * attendee or the pair is excluded already. Shares the index: costs one copy of the per-attendee table.
     */
    public MatchingEngine excluding(Exclusions.Pair pair) {
        Integer a = index.get(pair.first());
        Integer b = index.get(pair.second());
        if (a == null || b == null || a.equals(b) || Arrays.stream(excluded[a]).anyMatch(other -> other == b)) {
            return this;
        }
        int[][] copy = excluded.clone();
        copy[a] = Arrays.copyOf(excluded[a], excluded[a].length + 1);
        copy[a][excluded[a].length] = b;
        copy[b] = Arrays.copyOf(excluded[b], excluded[b].length + 1);
        copy[b][excluded[b].length] = a;
        return new MatchingEngine(this, copy, settings);
    }

    private void addPairs(Iterable<Exclusions.Pair> pairs, List<List<Integer>> never) {
        for (Exclusions.Pair pair : pairs) {
            Integer a = index.get(pair.first());
            Integer b = index.get(pair.second());
            if (a != null && b != null) {
                if (never.get(a) == null) {
                    never.set(a, new ArrayList<>());
                }
                if (never.get(b) == null) {
                    never.set(b, new ArrayList<>());
                }
                never.get(a).add(b);
                never.get(b).add(a);
            }
        }
    }

    /** How many attendees the engine knows. */
    public int size() {
        return profiles.length;
    }

    /** Whether this account is an attendee of the event. */
    public boolean contains(AccountId accountId) {
        return index.containsKey(accountId);
    }

    /** The score of a pair and its parts; the same whichever way round the pair is given. */
    public ScoreBreakdown score(AccountId a, AccountId b) {
        int i = indexOf(a);
        int j = indexOf(b);
        int[] x = interestsOf[i];
        int[] y = interestsOf[j];
        double shared = 0;
        for (int p = 0, q = 0; p < x.length && q < y.length;) {
            if (x[p] == y[q]) {
                shared += interestWeights[x[p]];
                p++;
                q++;
            } else if (x[p] < y[q]) {
                p++;
            } else {
                q++;
            }
        }
        double interest = Scoring.interestPart(shared, norms[i], norms[j]);
        double goal = Scoring.goalPart(seekMasks[i], offerMasks[i], seekMasks[j], offerMasks[j]);
        double perspective = perspective(i, j);
        return new ScoreBreakdown(interest, goal, perspective,
                Scoring.total(interest, goal, perspective, settings.perspectiveWeight()));
    }

    /**
     * The viewer's best {@code k} recommendations, best first, with reasons. Never the viewer, someone blocked either
     * way, a connection, someone in a category the event's rules keep apart from the viewer's, or (when the event says
     * so) a colleague from the same company.
     *
     * @throws IllegalArgumentException when the viewer is not an attendee or k is negative
     */
    public List<Recommendation> topK(AccountId viewer, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        return recommend(indexOf(viewer), k, Learned.NOTHING);
    }

    /**
     * The same, after what the viewer's dismissals taught (decision 53): the people they dismissed never show, the
     * others score at most what they score without it, and the reasons say what was learned about each.
     */
    List<Recommendation> topK(AccountId viewer, int k, Learned learned) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        return recommend(indexOf(viewer), k, learned);
    }

    /** The viewer's profile as matching uses it, for learning from their dismissals. */
    MatchProfile profileOf(AccountId attendee) {
        Integer i = index.get(attendee);
        return i == null ? null : profiles[i];
    }

    /** Every attendee's top k, in account id order; computed in parallel. */
    public Map<AccountId, List<Recommendation>> allTopK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        @SuppressWarnings("unchecked")
        List<Recommendation>[] results = new List[profiles.length];
        IntStream.range(0, profiles.length).parallel().forEach(i -> results[i] = recommend(i, k, Learned.NOTHING));
        Map<AccountId, List<Recommendation>> all = new LinkedHashMap<>();
        for (int i = 0; i < profiles.length; i++) {
            all.put(profiles[i].accountId(), results[i]);
        }
        return all;
    }

    private int indexOf(AccountId accountId) {
        Integer i = index.get(accountId);
        if (i == null) {
            throw new IllegalArgumentException("not an attendee of this event: " + accountId);
        }
        return i;
    }

    private double perspective(int i, int j) {
        boolean otherIndustry = industries[i] >= 0 && industries[j] >= 0 && industries[i] != industries[j];
        boolean otherSeniority = seniorities[i] >= 0 && seniorities[j] >= 0 && seniorities[i] != seniorities[j];
        return Scoring.perspectivePart(otherIndustry, otherSeniority);
    }

    /**
     * The viewer's best {@code k} partners, best first, by the same ranking as {@link #topK} but without building
     * reasons: for planning who sits with whom.
     */
    public List<Partner> bestPartners(AccountId viewer, int k) {
        return bestPartners(viewer, k, null);
    }

    /** The same, choosing only among the people of the group (such as those checked in). */
    public List<Partner> bestPartners(AccountId viewer, int k, Group among) {
        return bestPartners(viewer, k, among, Learned.NOTHING);
    }

    /**
     * The same after what the viewer's dismissals taught (decision 53), for lists ranked for one viewer, such as those
     * free now; never for pairing, which ranks for both people at once.
     */
    List<Partner> bestPartners(AccountId viewer, int k, Group among, Learned learned) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        if (among != null && among.profiles != profiles) {
            throw new IllegalArgumentException("the group belongs to another engine");
        }
        int i = indexOf(viewer);
        if (k == 0 || profiles.length < 2) {
            return List.of();
        }
        TopK top = rank(i, k, among == null ? null : among.members, learned);
        int[] best = top.drainBestFirst();
        double[] scores = top.drainedScores();
        List<Partner> partners = new ArrayList<>(best.length);
        for (int r = 0; r < best.length; r++) {
            partners.add(new Partner(profiles[best[r]].accountId(), scores[r]));
        }
        return partners;
    }

    /**
     * Whether the other is among the viewer's best {@code k} partners, exactly as {@link #bestPartners} ranks them,
     * without ranking: it stops at the k-th attendee found ahead of the other. For the many pairs far from each other's
     * top that takes a few dozen scores instead of the whole event, which makes the "recommended" fact of a recorded
     * connection cheap.
     */
    public boolean isAmongBest(AccountId viewer, AccountId other, int k) {
        int i = indexOf(viewer);
        Integer j = index.get(other);
        if (j == null || k <= 0 || i == j) {
            return false;
        }
        Scratch s = SCRATCH.get().ready(profiles.length);
        int stamp = s.next();
        s.skip[i] = stamp;
        for (int excludedOne : excluded[i]) {
            s.skip[excludedOne] = stamp;
        }
        int myCompany = settings.excludeSameCompany() && companies[i] >= 0 ? companies[i] : -2;
        boolean[] mayMeetCategory = categoryAllows == null ? null : categoryAllows[categoryOf[i]];
        if (s.skip[j] == stamp || companies[j] == myCompany || keptApart(mayMeetCategory, j)) {
            return false;
        }
        double target = rankScore(i, j);
        int ahead = 0;
        for (int candidate = 0; candidate < profiles.length; candidate++) {
            if (candidate == j || s.skip[candidate] == stamp || companies[candidate] == myCompany
                    || keptApart(mayMeetCategory, candidate)) {
                continue;
            }
            if (TopK.worse(target, j, rankScore(i, candidate), candidate) && ++ahead >= k) {
                return false;
            }
        }
        return true;
    }

    /** The viewer's score for the other, computed as {@link #rank} computes it, to the last bit. */
    private double rankScore(int viewer, int other) {
        int[] x = interestsOf[viewer];
        int[] y = interestsOf[other];
        double shared = 0;
        boolean any = false;
        for (int p = 0, q = 0; p < x.length && q < y.length;) {
            if (x[p] == y[q]) {
                shared += interestWeights[x[p]];
                any = true;
                p++;
                q++;
            } else if (x[p] < y[q]) {
                p++;
            } else {
                q++;
            }
        }
        double interest = any ? Scoring.interestPart(shared, norms[viewer], norms[other]) : 0;
        double goal = Scoring.goalPart(Scoring.met(seekMasks[viewer], offerMasks[other]),
                Scoring.met(seekMasks[other], offerMasks[viewer]));
        return Scoring.total(interest, goal, perspective(viewer, other), settings.perspectiveWeight());
    }

    /**
     * Some of the attendees, to choose partners among; accounts that are not attendees are left out.
     */
    public Group group(Collection<AccountId> accounts) {
        boolean[] members = new boolean[profiles.length];
        for (AccountId account : accounts) {
            Integer i = index.get(account);
            if (i != null) {
                members[i] = true;
            }
        }
        return new Group(profiles, members);
    }

    /** Attendees of one engine (and of the engines sharing its index), as {@link #group} made them. */
    public static final class Group {
        private final MatchProfile[] profiles;
        private final boolean[] members;

        private Group(MatchProfile[] profiles, boolean[] members) {
            this.profiles = profiles;
            this.members = members;
        }
    }

    /** Why the viewer and the other person fit, in the same words as recommendations, whether or not they may meet. */
    public List<Reason> explain(AccountId viewer, AccountId other) {
        return Scoring.reasons(profiles[indexOf(viewer)], profiles[indexOf(other)], this::weightOf,
                settings.perspectiveWeight() > 0);
    }

    /**
     * Whether the two may be put together at all: not the same person, not excluded, not colleagues kept apart, not
     * in categories the event's rules keep apart.
     */
    public boolean mayMeet(AccountId a, AccountId b) {
        int i = indexOf(a);
        int j = indexOf(b);
        if (i == j || settings.excludeSameCompany() && companies[i] >= 0 && companies[i] == companies[j]) {
            return false;
        }
        if (categoryAllows != null && !categoryAllows[categoryOf[i]][categoryOf[j]]) {
            return false;
        }
        for (int other : excluded[i]) {
            if (other == j) {
                return false;
            }
        }
        return true;
    }

    private List<Recommendation> recommend(int viewer, int k, Learned learned) {
        if (k == 0 || profiles.length < 2) {
            return List.of();
        }
        TopK top = rank(viewer, k, null, learned);
        int[] best = top.drainBestFirst();
        double[] scores = top.drainedScores();
        List<Recommendation> result = new ArrayList<>(best.length);
        boolean withPerspective = settings.perspectiveWeight() > 0;
        for (int r = 0; r < best.length; r++) {
            MatchProfile other = profiles[best[r]];
            List<Reason> reasons = Scoring.reasons(profiles[viewer], other, this::weightOf, withPerspective);
            List<Reason> taught = learned.explain(profiles[viewer], other);
            if (!taught.isEmpty()) {
                reasons.addAll(taught);
            }
            result.add(new Recommendation(other.accountId(), other.displayName(), scores[r], reasons));
        }
        return result;
    }

    /**
     * The viewer's best k (among a group's members when given), after what the viewer's dismissals taught, kept in
     * the thread's scratch heap until drained. Learning only lowers scores, so every bound below stays an upper bound.
     */
    private TopK rank(int viewer, int k, boolean[] among, Learned learned) {
        Scratch s = SCRATCH.get().ready(profiles.length);
        int stamp = s.next();
        double weight = settings.perspectiveWeight();
        boolean excludeColleagues = settings.excludeSameCompany() && companies[viewer] >= 0;
        s.skip[viewer] = stamp;
        for (int other : excluded[viewer]) {
            s.skip[other] = stamp;
        }
        for (AccountId hidden : learned.hidden()) {
            Integer other = index.get(hidden);
            if (other != null) {
                s.skip[other] = stamp;
            }
        }
        int[] knownCompanies = knownCompanyIds(learned);
        boolean lessInterest = !learned.passedOn().isEmpty();
        // 1. Everyone sharing an interest, weights added in ascending interest order as in Scoring.
        int touched = 0;
        for (int interest : interestsOf[viewer]) {
            double w = lessInterest ? interestWeights[interest] * learned.interestShare(interests[interest])
                    : interestWeights[interest];
            for (int other : postings[interest]) {
                if (s.seen[other] != stamp) {
                    s.seen[other] = stamp;
                    s.shared[other] = 0;
                    s.touched[touched++] = other;
                }
                s.shared[other] += w;
            }
        }
        TopK top = s.top(k);
        double viewerNorm = norms[viewer];
        int seek = seekMasks[viewer];
        int offer = offerMasks[viewer];
        double[] theyOffer = s.theyOffer; // what share of my goals each offer mask meets
        double[] theySeek = s.theySeek; // what share of their goals (by seek mask) my offer meets
        for (int mask = 0; mask < GOAL_MASKS; mask++) {
            theyOffer[mask] = Scoring.met(seek, mask);
            theySeek[mask] = Scoring.met(mask, offer);
        }
        int myCompany = excludeColleagues ? companies[viewer] : -2;
        boolean[] mayMeetCategory = categoryAllows == null ? null : categoryAllows[categoryOf[viewer]];
        for (int t = 0; t < touched; t++) {
            int other = s.touched[t];
            if (s.skip[other] == stamp || companies[other] == myCompany || among != null && !among[other]
                    || keptApart(mayMeetCategory, other)) {
                continue;
            }
            double interest = Scoring.interestPart(s.shared[other], viewerNorm, norms[other]);
            double goal = Scoring.goalPart(theyOffer[offerMasks[other]], theySeek[seekMasks[other]]);
            double score = Scoring.total(interest, goal, perspective(viewer, other), weight);
            top.offer(other, knownCompanies.length == 0 ? score : lowered(score, other, knownCompanies));
        }
        // 2. Everyone else, by goal group, while the group's bound can still make the top k.
        for (GoalGroup group : groups) {
            double goal = Scoring.goalPart(theyOffer[group.offerMask()], theySeek[group.seekMask()]);
            if (top.full() && Scoring.total(0, goal, Scoring.MAX_PERSPECTIVE, weight) < top.worstScore()) {
                continue;
            }
            for (int other : group.members()) {
                if (s.seen[other] == stamp || s.skip[other] == stamp || companies[other] == myCompany
                        || among != null && !among[other] || keptApart(mayMeetCategory, other)) {
                    continue;
                }
                double score = Scoring.total(0, goal, perspective(viewer, other), weight);
                top.offer(other, knownCompanies.length == 0 ? score : lowered(score, other, knownCompanies));
            }
        }
        return top;
    }

    /** The ids of the companies where the viewer already knows someone, as this engine numbers them. */
    private int[] knownCompanyIds(Learned learned) {
        if (learned.knownCompanies().isEmpty()) {
            return NONE;
        }
        return learned.knownCompanies().keySet().stream().map(companyIds::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
    }

    /** The score of someone at a company where the viewer already knows someone is lowered; others keep theirs. */
    private double lowered(double score, int other, int[] knownCompanies) {
        int company = companies[other];
        for (int known : knownCompanies) {
            if (known == company) {
                return score * DismissalLearning.KNOWN_COMPANY_SHARE;
            }
        }
        return score;
    }

    /** Whether the rules keep the other apart from the viewer whose row of the category matrix this is. */
    private boolean keptApart(boolean[] viewerRow, int other) {
        return viewerRow != null && !viewerRow[categoryOf[other]];
    }

    private double weightOf(Interest interest) {
        return interestWeights[interestIds.get(interest)];
    }

    /**
     * Per-thread working memory, reset in O(1) by stamping instead of clearing. Every query takes a new stamp, so marks
     * left by a query on another engine never count.
     */
    private static final class Scratch {
        int[] seen = NONE;
        int[] skip = NONE;
        double[] shared = new double[0];
        int[] touched = NONE;
        final double[] theyOffer = new double[GOAL_MASKS];
        final double[] theySeek = new double[GOAL_MASKS];
        private int stamp;
        private TopK top;

        /** This scratch, with room for n attendees. */
        Scratch ready(int n) {
            if (seen.length < n) {
                seen = new int[n];
                skip = new int[n];
                shared = new double[n];
                touched = new int[n];
            }
            return this;
        }

        int next() {
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(seen, 0);
                Arrays.fill(skip, 0);
                stamp = 1;
            }
            return stamp;
        }

        TopK top(int k) {
            if (top == null || top.capacity != k) {
                top = new TopK(k);
            }
            top.clear();
            return top;
        }
    }

    /** A bounded heap keeping the k best (highest score, then lowest index); its root is the worst kept. */
    private static final class TopK {
        final int capacity;
        private final int[] ids;
        private final double[] scores;
        private int size;
        private double[] drained;

        TopK(int capacity) {
            this.capacity = capacity;
            this.ids = new int[capacity];
            this.scores = new double[capacity];
        }

        void clear() {
            size = 0;
        }

        boolean full() {
            return size == capacity;
        }

        double worstScore() {
            return scores[0];
        }

        /** a ranks below b. */
        private static boolean worse(double scoreA, int idA, double scoreB, int idB) {
            return scoreA < scoreB || scoreA == scoreB && idA > idB;
        }

        void offer(int id, double score) {
            if (size < capacity) {
                int at = size++;
                while (at > 0) {
                    int parent = (at - 1) >>> 1;
                    if (!worse(score, id, scores[parent], ids[parent])) {
                        break;
                    }
                    ids[at] = ids[parent];
                    scores[at] = scores[parent];
                    at = parent;
                }
                ids[at] = id;
                scores[at] = score;
            } else if (worse(scores[0], ids[0], score, id)) {
                siftDown(id, score);
            }
        }

        private void siftDown(int id, double score) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && worse(scores[child + 1], ids[child + 1], scores[child], ids[child])) {
                    child++;
                }
                if (!worse(scores[child], ids[child], score, id)) {
                    break;
                }
                ids[at] = ids[child];
                scores[at] = scores[child];
                at = child;
            }
            ids[at] = id;
            scores[at] = score;
        }

        int[] drainBestFirst() {
            int n = size;
            int[] best = new int[n];
            drained = new double[n];
            for (int r = n - 1; r >= 0; r--) {
                best[r] = ids[0];
                drained[r] = scores[0];
                size--;
                if (size > 0) {
                    siftDown(ids[size], scores[size]);
                }
            }
            return best;
        }

        double[] drainedScores() {
            return drained;
        }
    }
}
