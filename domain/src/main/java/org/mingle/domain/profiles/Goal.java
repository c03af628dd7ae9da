package org.mingle.domain.profiles;

/**
 * What a person seeks or offers at an event. One vocabulary serves both sides, so "offering JOB" means hiring and
 * "seeking MENTORSHIP" means looking for a mentor; a pair is complementary when one seeks what the other offers.
 */
public enum Goal {
    JOB("looking for a job", "hiring"),
    MENTORSHIP("looking for a mentor", "offering mentorship"),
    INVESTMENT("raising investment", "investing"),
    CLIENTS("looking for clients", "looking for providers"),
    SERVICES("looking for services", "offering services"),
    COFOUNDER("looking for a co-founder", "open to co-founding"),
    COLLABORATION("looking for collaborators", "open to collaboration"),
    ADVICE("looking for advice", "offering advice");

    private final String seekingPhrase;
    private final String offeringPhrase;

    Goal(String seekingPhrase, String offeringPhrase) {
        this.seekingPhrase = seekingPhrase;
        this.offeringPhrase = offeringPhrase;
    }

    /** How a person seeking this goal is described, e.g. "looking for a job". */
    public String seekingPhrase() {
        return seekingPhrase;
    }

    /** How a person offering this goal is described, e.g. "hiring". */
    public String offeringPhrase() {
        return offeringPhrase;
    }
}
