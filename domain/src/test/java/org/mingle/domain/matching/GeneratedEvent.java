package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.shared.AccountId;

/** A reproducible random event: attendees with overlapping profiles, random visibility, blocks and connections. */
record GeneratedEvent(List<Attendee> attendees, Exclusions exclusions, MatchSettings settings) {

    static final List<String> INTERESTS = List.of("Climate Tech", "climate  tech", "Clímate Tech", "Rust", "AI",
            "Fintech", "Design", "Open Source", "Health", "Biotech", "Music", "Robotics", "Education", "Mobility",
            "Privacy", "Energy", "Food", "Games", "Space", "Cities", "Ethics", "Quantum", "Water", "Retail");
    static final List<String> INDUSTRIES = List.of("Energy", "energy", "Finance", "Health", "Software", "Public Sector");
    static final List<String> COMPANIES = List.of("Acme", "ACME ", "Globex", "Initech", "Umbrella", "Hooli", "Stark");
    /** Marks every value hidden by {@link #withHiddenFieldsScrambled}: it must never reach a reason. */
    static final String SECRET = "Zzsecret";

    static GeneratedEvent generate(long seed, int size) {
        Random random = new Random(seed);
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            AccountId id = new AccountId(new UUID(random.nextLong() & 0xFFFL, random.nextLong()));
            Set<Interest> interests = new HashSet<>();
            int count = random.nextInt(7);
            for (int j = 0; j < count; j++) {
                interests.add(Interest.of(INTERESTS.get(random.nextInt(INTERESTS.size()))));
            }
            Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
            for (ProfileField field : ProfileField.values()) {
                int roll = random.nextInt(10);
                if (roll > 0) { // roll 0 leaves the field out: PRIVATE by default
                    visibility.put(field, roll < 4 ? Visibility.PUBLIC : roll < 7 ? Visibility.ATTENDEES
                            : roll < 9 ? Visibility.CONNECTIONS : Visibility.PRIVATE);
                }
            }
            attendees.add(new Attendee(id, "Person " + i, interests, goals(random), goals(random),
                    random.nextInt(8) == 0 ? null : INDUSTRIES.get(random.nextInt(INDUSTRIES.size())),
                    random.nextInt(8) == 0 ? null : Seniority.values()[random.nextInt(Seniority.values().length)],
                    random.nextInt(4) == 0 ? null : COMPANIES.get(random.nextInt(COMPANIES.size())),
                    visibility));
        }
        Set<Exclusions.Pair> blocked = new HashSet<>();
        Set<Exclusions.Pair> connected = new HashSet<>();
        for (int e = 0; e < size * 2; e++) {
            AccountId a = attendees.get(random.nextInt(size)).accountId();
            AccountId b = attendees.get(random.nextInt(size)).accountId();
            if (!a.equals(b)) {
                (random.nextBoolean() ? blocked : connected).add(Exclusions.Pair.of(a, b));
            }
        }
        double weight = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> random.nextInt(11) / 10.0;
        };
        return new GeneratedEvent(attendees, new Exclusions(blocked, connected),
                new MatchSettings(weight, random.nextBoolean()));
    }

    private static Set<Goal> goals(Random random) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
        }
        return goals;
    }

    /** The same event where every field matching may not use holds something else, all marked {@link #SECRET}. */
    GeneratedEvent withHiddenFieldsScrambled(long seed) {
        Random random = new Random(seed);
        List<Attendee> scrambled = attendees.stream().map(a -> new Attendee(a.accountId(), a.displayName(),
                a.usable(ProfileField.INTERESTS) ? a.interests()
                        : Set.of(Interest.of(SECRET + random.nextInt(3)), Interest.of("Rust"), Interest.of("AI")),
                a.usable(ProfileField.SEEKING) ? a.seeking() : EnumSet.allOf(Goal.class),
                a.usable(ProfileField.OFFERING) ? a.offering() : EnumSet.allOf(Goal.class),
                a.usable(ProfileField.INDUSTRY) ? a.industry() : SECRET + " industry " + random.nextInt(3),
                a.usable(ProfileField.SENIORITY) ? a.seniority()
                        : Seniority.values()[random.nextInt(Seniority.values().length)],
                a.usable(ProfileField.COMPANY) ? a.company() : SECRET + " company",
                a.visibility())).toList();
        return new GeneratedEvent(scrambled, exclusions, settings);
    }

    MatchingEngine engine() {
        return MatchingEngine.of(attendees, exclusions, settings);
    }

    BruteForceMatching bruteForce() {
        return new BruteForceMatching(attendees, exclusions, settings);
    }
}
