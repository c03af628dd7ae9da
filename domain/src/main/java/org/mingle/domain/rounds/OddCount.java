package org.mingle.domain.rounds;

/** What to do with the person an odd count leaves over in a round. */
public enum OddCount {
    /** They join a pair: one table of three. */
    TRIO,
    /** They sit the round out; rests rotate so nobody rests twice while anyone has not rested. */
    REST
}
