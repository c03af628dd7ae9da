package org.mingle.api.requests;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import org.mingle.domain.shared.SupportedInstants;

/**
 * Booleans and whole numbers read as JSON says they are. The default reading coerces ({@code "yes"} becomes
 * {@code false}, {@code 2.5} becomes {@code 2}, {@code "12"} becomes {@code 12}), which would store something other than
 * what the client meant; here such a value fails decoding and answers 400 naming the field. Date-times are strings
 * with an offset, within the {@link SupportedInstants supported years}.
 */
@Factory
class StrictScalars {

    @Singleton
    Deserializer<Boolean> booleans() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                    throws IOException {
                Object value = decoder.decodeArbitrary();
                if (value instanceof Boolean bool) {
                    return bool;
                }
                throw decoder.createDeserializationException("must be true or false", value);
            }
        };
    }

    @Singleton
    Deserializer<Integer> integers() {
        return new Deserializer<>() {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                    throws IOException {
                Object value = decoder.decodeArbitrary();
                boolean whole = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
                if (whole && ((Number) value).longValue() == ((Number) value).doubleValue()
                        && Math.abs(((Number) value).longValue()) <= Integer.MAX_VALUE) {
                    return ((Number) value).intValue();
                }
                throw decoder.createDeserializationException("must be a whole number", value);
            }
        };
    }

    @Singleton
    Deserializer<Instant> instants() {
        return new Deserializer<>() {
            @Override
            public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
                    throws IOException {
                Object value = decoder.decodeArbitrary();
                Instant instant = value instanceof String text ? DateTimes.parse(text).orElse(null) : null;
                if (instant == null) {
                    throw decoder.createDeserializationException(DateTimes.EXPECTATION, value);
                }
                if (!SupportedInstants.isSupported(instant)) {
                    throw new RefusedValueException(SupportedInstants.MESSAGE);
                }
                return instant;
            }
        };
    }
}
