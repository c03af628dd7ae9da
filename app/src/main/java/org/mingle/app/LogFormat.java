package org.mingle.app;

import java.util.Locale;

/**
 * {@code MINGLE_LOG_FORMAT}: how the log is written. {@code text} (the default) for people reading a terminal,
 * {@code json} for log collectors: one JSON object per line (logback's own encoder, {@code logback-json.xml}). Chosen
 * before anything logs, since logback reads its configuration once, on the first log line.
 */
enum LogFormat {
    TEXT("logback.xml"),
    JSON("logback-json.xml");

    static final String VARIABLE = "MINGLE_LOG_FORMAT";
    /** The system property by which logback takes its configuration. */
    static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    private final String configuration;

    LogFormat(String configuration) {
        this.configuration = configuration;
    }

    /** The format the variable names; unset or blank is {@link #TEXT}. */
    static LogFormat of(String value) {
        if (value == null || value.isBlank()) {
            return TEXT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException(VARIABLE + " is \"" + value
                    + "\", but it must be text or json.");
        };
    }

    /** Makes logback use this format, unless a configuration was chosen explicitly (-Dlogback.configurationFile). */
    void apply() {
        if (this != TEXT && System.getProperty(LOGBACK_CONFIGURATION) == null) {
            System.setProperty(LOGBACK_CONFIGURATION, configuration);
        }
    }
}
