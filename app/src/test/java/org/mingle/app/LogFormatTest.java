package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFormatTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, TEXT", "'', TEXT", "text, TEXT", "json, JSON", "' JSON ', JSON"})
    void readsTheFormatFromTheVariable(String value, LogFormat format) {
        assertThat(LogFormat.of(value)).isEqualTo(format);
    }

    @Test
    void anyOtherFormatStopsTheStartWithAMessageNamingTheVariable() {
        assertThatThrownBy(() -> LogFormat.of("logfmt"))
                .hasMessage("MINGLE_LOG_FORMAT is \"logfmt\", but it must be text or json.");
    }

    @Test
    void aJsonLogLineParsesAsJsonAndCarriesTheRequestId() throws Exception {
        var context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback-json.xml"));
        Logger logger = context.getLogger("org.mingle.registration");
        @SuppressWarnings("unchecked")
        var console = (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        context.getMDCAdapter().put("requestId", "trace-77");

        byte[] encoded = console.getEncoder().encode(new LoggingEvent(Logger.class.getName(), logger, Level.INFO,
                "Registered {} for \"{}\"", null, new Object[] {"Ana", "Night\nout"}));
        context.stop();

        String text = new String(encoded, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").hasLineCount(1);
        Map<String, Object> line = JsonMapper.createDefault().readValue(text,
                Argument.mapOf(String.class, Object.class));
        assertThat(line).containsEntry("level", "INFO").containsEntry("loggerName", "org.mingle.registration")
                .containsEntry("formattedMessage", "Registered Ana for \"Night\nout\"")
                .containsEntry("mdc", Map.of("requestId", "trace-77"))
                .containsKey("timestamp");
    }
}
