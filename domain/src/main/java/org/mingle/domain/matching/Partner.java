package org.mingle.domain.matching;

import org.mingle.domain.shared.AccountId;

/** Someone worth pairing with, and the pair's score: a recommendation without its reasons. */
public record Partner(AccountId accountId, double score) {
}
