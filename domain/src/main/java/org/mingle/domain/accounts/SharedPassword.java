package org.mingle.domain.accounts;

/**
 * One password for several accounts that Mingle creates itself, hashed once for all of them: the demo data's accounts,
 * whose password is published. Argon2id is slow on purpose, so hashing it again for each of some fifty demo accounts
 * was most of the demo data's start-up; sharing the hash (and its salt) tells nothing the published password does not.
 * People signing up never get one: each of their passwords is hashed with its own salt.
 */
public final class SharedPassword {

    private final String password;
    private final String hash;

    SharedPassword(String password, String hash) {
        this.password = password;
        this.hash = hash;
    }

    String password() {
        return password;
    }

    String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "SharedPassword"; // never the password
    }
}
