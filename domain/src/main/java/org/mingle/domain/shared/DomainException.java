package org.mingle.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal by the business rules. Its message is written for the person who made the request and is safe to show:
 * it never carries SQL, class names or stack traces.
 */
public abstract class DomainException extends RuntimeException {

    private String code;
    private List<Object> arguments = List.of();

    protected DomainException(String message) {
        super(message);
    }

    /**
     * Gives the refusal a stable code and the values its message was made from, by which a screen writes it in its own
     * language ({@code error.<code>}); the message stays English, as the API answers it.
     */
    @SuppressWarnings("unchecked")
    public final <E extends DomainException> E coded(String code, Object... arguments) {
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Arrays.asList(arguments);
        return (E) this;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
