package org.mingle.domain.infrastructure;

/** Work that belongs to one transaction: done just before it commits, and once it has committed. */
public interface CommitWork {

    /** Still inside the transaction; a failure rolls it back. */
    void beforeCommit();

    /** The transaction has committed; nothing done here can undo it. */
    void afterCommit();
}
