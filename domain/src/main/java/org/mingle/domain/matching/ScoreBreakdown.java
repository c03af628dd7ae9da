package org.mingle.domain.matching;

/**
 * The parts of a pair's score.
 *
 * @param interest shared interests, rarity-weighted, 0 to 1
 * @param goal complementary goals in both directions, 0 to 1
 * @param perspective other industry (0.5) and other seniority (0.5), 0 to 1, before the event's weight
 * @param total {@code interest + goal + perspectiveWeight * perspective}
 */
public record ScoreBreakdown(double interest, double goal, double perspective, double total) {
}
