package org.mingle.domain.connections;

/** What a connection led to, as its owner reports it; organizers see these only as anonymous counts. */
public enum Outcome {
    JOB, CLIENT, MENTOR, COLLABORATION, INVESTMENT, FRIENDSHIP, OTHER
}
