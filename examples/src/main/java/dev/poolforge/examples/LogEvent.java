package dev.poolforge.examples;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.HashMap;
import java.util.Map;

/**
 * A logging event, reused the way garbage-free loggers reuse theirs: the message is formatted
 * into a builder that the event keeps, the parameters go into an array it keeps, and the context
 * into a map it keeps, so logging a line allocates nothing once the pool is warm.
 */
@Pooled
public class LogEvent {
    /** Message capacity kept in the pool; an event whose message grew past it is dropped at release. */
    public static final int MAX_MESSAGE_CAPACITY = 4096;
    /** Parameters one event holds; {@code {}} placeholders beyond them are printed as-is. */
    public static final int MAX_PARAMETERS = 8;

    /** Severity of an event. */
    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    @Reset Level level;
    @Reset String loggerName;
    @Reset long timestampMillis;
    @Reset(maxSize = MAX_MESSAGE_CAPACITY) final StringBuilder message = new StringBuilder();
    @Reset final Object[] parameters = new Object[MAX_PARAMETERS];
    @Reset int parameterCount;
    @Reset final Map<String, String> context = new HashMap<>();
    @Reset Throwable thrown;

    /** @return this event, stamped with its level, logger and time */
    public LogEvent start(Level level, String loggerName, long timestampMillis) {
        this.level = level;
        this.loggerName = loggerName;
        this.timestampMillis = timestampMillis;
        return this;
    }

    /**
     * Adds the value for the next {@code {}} placeholder.
     *
     * @throws IllegalStateException when {@link #MAX_PARAMETERS} are already set
     */
    public LogEvent parameter(Object value) {
        if (parameterCount == MAX_PARAMETERS) {
            throw new IllegalStateException("a LogEvent holds at most " + MAX_PARAMETERS + " parameters");
        }
        parameters[parameterCount++] = value;
        return this;
    }

    public LogEvent context(String key, String value) {
        context.put(key, value);
        return this;
    }

    public LogEvent thrown(Throwable thrown) {
        this.thrown = thrown;
        return this;
    }

    /**
     * Appends {@code pattern} to the message with each {@code {}} replaced by the next parameter,
     * SLF4J style. Appending a {@link CharSequence} parameter copies its characters, no string made.
     *
     * @return this event
     */
    public LogEvent format(String pattern) {
        int next = 0;
        int from = 0;
        int placeholder;
        while ((placeholder = pattern.indexOf("{}", from)) >= 0 && next < parameterCount) {
            message.append(pattern, from, placeholder);
            appendParameter(parameters[next++]);
            from = placeholder + 2;
        }
        message.append(pattern, from, pattern.length());
        return this;
    }

    private void appendParameter(Object value) {
        if (value instanceof CharSequence) {
            message.append((CharSequence) value);
        } else if (value instanceof Long || value instanceof Integer) {
            message.append(((Number) value).longValue());
        } else {
            message.append(value);
        }
    }

    public Level level() {
        return level;
    }

    public String loggerName() {
        return loggerName;
    }

    public long timestampMillis() {
        return timestampMillis;
    }

    /** @return the formatted message, live: valid until the event is released */
    public CharSequence message() {
        return message;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public Map<String, String> context() {
        return context;
    }

    public Throwable thrown() {
        return thrown;
    }
}
