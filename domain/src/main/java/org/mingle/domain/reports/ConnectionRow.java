package org.mingle.domain.reports;

import java.time.Instant;
import java.util.List;

/** One connection as the organizers' export lists it: who, when, how, and the facts stored when it was recorded. */
public record ConnectionRow(String connectionId, Instant connectedAt, String firstAccountId, String firstName,
                            String firstIndustry, String secondAccountId, String secondName, String secondIndustry,
                            List<String> sharedInterests, String source, boolean recommended, boolean metInRound,
                            boolean matchedByRequest) {
}
