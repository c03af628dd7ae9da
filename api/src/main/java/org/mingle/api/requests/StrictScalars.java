package org.mingle.api.requests;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Booleans and whole numbers read as JSON says they are. The default reading coerces ({@code "yes"} becomes
 * {@code false}, {@code 2.5} becomes {@code 2}, {@code "12"} becomes {@code 12}), which would store something other than
 * what the client meant; here such a value fails decoding and answers 400 naming the field.
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
}
