package org.mingle.app;

/** A command-line tool stops with this message for the operator, without a stack trace. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
