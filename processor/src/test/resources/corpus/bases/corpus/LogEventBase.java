package corpus;

import dev.poolforge.Reset;
import java.util.HashMap;
import java.util.Map;

/**
 * The shape of Log4j 2's MutableLogEvent, rewritten: a message built into a kept builder,
 * parameters in a kept array, context data in a kept map, and thread facts captured per event.
 */
@SuppressWarnings("poolforge") // pooled through its subclass, which another compilation may build
public class LogEventBase {
    static final int INITIAL_REUSABLE_MESSAGE_SIZE = 128;
    static final int MAX_REUSABLE_MESSAGE_SIZE = 2 * INITIAL_REUSABLE_MESSAGE_SIZE + 2;

    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    @Reset public String loggerName;
    @Reset public Level level = Level.INFO;
    @Reset public long timeMillis;
    @Reset(maxSize = 4 * MAX_REUSABLE_MESSAGE_SIZE)
    public final StringBuilder messageText = new StringBuilder(INITIAL_REUSABLE_MESSAGE_SIZE);
    @Reset public final Object[] parameters = new Object[10];
    @Reset public int parameterCount;
    @Reset public Throwable thrown;
    @Reset public final Map<String, String> contextData = new HashMap<>(16, 0.75f);
    @Reset public long threadId = -1L;
    @Reset public String threadName = "main" + "-" + 0;
    @Reset public int threadPriority;

    {
        threadPriority = 5; // an instance initializer block: the pool sees only its effect, on the template
    }

    public void use(long seed) {
        loggerName = "com.example.Service";
        level = Level.ERROR;
        timeMillis = seed;
        messageText.append("request ").append(seed).append(" failed");
        parameters[0] = seed;
        parameterCount = 1;
        thrown = new IllegalStateException("boom");
        contextData.put("requestId", Long.toString(seed));
        threadId = seed;
        threadName = Thread.currentThread().getName();
        threadPriority = Thread.MAX_PRIORITY;
    }
}
