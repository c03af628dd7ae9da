package org.mingle.domain.webhooks;

import java.util.Optional;

/** What one attempt got: the receiver's status and the start of its body, or why there was no answer. */
record Answer(Optional<Integer> statusCode, Optional<String> error, Optional<String> body) {

    /** How much of an answer's body the delivery log keeps. */
    static final int KEPT_BODY_CHARACTERS = 1000;

    static Answer of(int status, String body) {
        return new Answer(Optional.of(status), Optional.empty(), Optional.of(body));
    }

    static Answer failed(String error) {
        return new Answer(Optional.empty(), Optional.of(error), Optional.empty());
    }

    boolean delivered() {
        return statusCode.filter(status -> status >= 200 && status <= 299).isPresent();
    }
}
