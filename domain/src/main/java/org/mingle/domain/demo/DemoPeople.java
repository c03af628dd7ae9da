package org.mingle.domain.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingle.domain.profiles.ProfileInput;

/**
 * The demo attendees of the first demo event, with profiles varied enough that recommendations, reasons and
 * visibility can be seen at work: shared interests, goals that fit (hiring and job seeking, investing and raising),
 * people from other industries and levels, a colleague pair, and a few hidden fields. Most have a drawn portrait; the
 * demo attendee has none (their initials show until they add a photo), nor have a few others, and one shows their
 * photo to connections only.
 */
final class DemoPeople {

    /** A demo attendee; the first one is the account a newcomer logs in with. */
    record Person(String email, ProfileInput profile, boolean withPortrait) {
    }

    static final String ATTENDEE_EMAIL = "attendee@example.com";

    /** The people without a portrait: the demo attendee, and a few to show initials beside the faces. */
    private static final Set<String> WITHOUT_PORTRAIT = Set.of(ATTENDEE_EMAIL,
            "dara.nolan@example.com", "hugo.lefevre@example.com", "leo.moreau@example.com");

    private DemoPeople() {
    }

    static final List<Person> ALL = List.of(
            person(ATTENDEE_EMAIL, "Alex Demo", "Battery engineer moving into climate startups", "Sunvolt", "Energy",
                    "MID", List.of("Batteries", "Climate tech", "Hardware", "Rust"), List.of("JOB", "MENTORSHIP"),
                    List.of("ADVICE"), Map.of("links", "ATTENDEES")),
            person("ana.ribeiro@example.com", "Ana Ribeiro", "Founder, grid-scale storage", "Gridwell", "Energy",
                    "EXECUTIVE", List.of("Batteries", "Grid", "Climate tech", "Policy"), List.of("INVESTMENT"),
                    List.of("JOB", "MENTORSHIP"), Map.of()),
            person("ben.okafor@example.com", "Ben Okafor", "Partner at a climate seed fund", "Northwind Ventures",
                    "Finance", "LEAD", List.of("Climate tech", "Carbon markets", "Fundraising"), List.of("CLIENTS"),
                    List.of("INVESTMENT", "ADVICE"), Map.of()),
            person("chen.wei@example.com", "Chen Wei", "Embedded engineer, firmware for heat pumps", "Thermia",
                    "Manufacturing", "SENIOR", List.of("Hardware", "Heat pumps", "Rust", "Embedded"),
                    List.of("COLLABORATION"), List.of("MENTORSHIP"), Map.of()),
            person("dara.nolan@example.com", "Dara Nolan", "Student, energy systems MSc", "TU Berlin", "Education",
                    "STUDENT", List.of("Grid", "Climate tech", "Data science"), List.of("JOB", "MENTORSHIP"),
                    List.of(), Map.of()),
            person("elif.kaya@example.com", "Elif Kaya", "Policy advisor on the energy transition", "Agora", "Public sector",
                    "SENIOR", List.of("Policy", "Grid", "Carbon markets"), List.of("COLLABORATION"), List.of("ADVICE"),
                    Map.of("company", "PRIVATE")),
            person("felix.braun@example.com", "Felix Braun", "Head of engineering, hiring firmware people", "Sunvolt",
                    "Energy", "LEAD", List.of("Batteries", "Hardware", "Embedded"), List.of(), List.of("JOB"),
                    Map.of()),
            person("grace.mensah@example.com", "Grace Mensah", "Data scientist, forecasting solar output", "Helio Data",
                    "Software", "MID", List.of("Data science", "Solar", "Forecasting"), List.of("COFOUNDER"),
                    List.of("SERVICES"), Map.of()),
            person("hugo.lefevre@example.com", "Hugo Lefèvre", "Angel investor, ex-founder", "", "Finance",
                    "EXECUTIVE", List.of("Fundraising", "Solar", "Marketplaces"), List.of(), List.of("INVESTMENT",
                            "MENTORSHIP"), Map.of()),
            person("ines.costa@example.com", "Inês Costa", "Designer of energy apps people enjoy", "Studio Lume",
                    "Design", "SENIOR", List.of("Design systems", "Climate tech", "Behaviour change"),
                    List.of("CLIENTS"), List.of("SERVICES"), Map.of()),
            person("jonas.weber@example.com", "Jonas Weber", "Carbon accounting SaaS, looking for a CTO",
                    "Ledgerleaf", "Software", "LEAD", List.of("Carbon markets", "SaaS", "Climate tech"),
                    List.of("COFOUNDER", "INVESTMENT"), List.of(), Map.of("interests", "PRIVATE")),
            person("kira.sato@example.com", "Kira Sato", "Procurement lead buying renewable power", "Fabrik AG",
                    "Manufacturing", "SENIOR", List.of("Solar", "Procurement", "Grid"), List.of("SERVICES"),
                    List.of("CLIENTS"), Map.of("photo", "CONNECTIONS")),
            person("leo.moreau@example.com", "Léo Moreau", "Junior developer who wants to work in climate", "",
                    "Software", "JUNIOR", List.of("Rust", "Climate tech", "Open source"), List.of("JOB", "ADVICE"),
                    List.of(), Map.of()),
            person("maya.singh@example.com", "Maya Singh", "Mentor for first-time founders", "Founder Institute",
                    "Education", "EXECUTIVE", List.of("Fundraising", "Leadership", "Climate tech"), List.of(),
                    List.of("MENTORSHIP", "ADVICE"), Map.of()));

    private static Person person(String email, String name, String headline, String company, String industry,
                                 String seniority, List<String> interests, List<String> seeking,
                                 List<String> offering, Map<String, String> visibility) {
        String handle = email.substring(0, email.indexOf('@')).replace('.', '-');
        return new Person(email, new ProfileInput(name, headline, "", company, industry, seniority, interests, seeking,
                offering, List.of("https://example.com/" + handle), visibility), !WITHOUT_PORTRAIT.contains(email));
    }
}
