package dev.poolforge.examples.demo;

/**
 * The demo's command line: {@code [--seconds N] [--threads N] [--help]}.
 *
 * @param seconds how long each variant is measured
 * @param threads how many worker threads run the workload
 * @param help whether to print the usage and stop
 */
record DemoOptions(int seconds, int threads, boolean help) {
    static final int DEFAULT_SECONDS = 5;
    static final int MAX_SECONDS = 600;
    static final int MAX_THREADS = 256;

    static final String USAGE = String.join("\n",
            "usage: java -jar poolforge-demo.jar [--seconds N] [--threads N] [--help]",
            "",
            "Runs the same workload (build an OrderItem, encode it to JSON, format a LogEvent) with",
            "objects from poolforge pools and with plain new, and prints what each variant cost.",
            "",
            "  --seconds N  seconds to measure each variant, after 1 s of warm-up (1 to " + MAX_SECONDS
                    + ", default " + DEFAULT_SECONDS + ")",
            "  --threads N  worker threads (1 to " + MAX_THREADS + ", default: available processors, at least 2)",
            "  --help       print this and exit",
            "");

    /** A command line the demo cannot run with; its message names the argument and the value. */
    static final class BadArgumentException extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgumentException(String message) {
            super(message);
        }
    }

    static DemoOptions parse(String... args) throws BadArgumentException {
        int seconds = DEFAULT_SECONDS;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help":
                case "-h":
                    return new DemoOptions(seconds, threads, true);
                case "--seconds":
                    seconds = wholeNumber(arg, valueAfter(args, i++), 1, MAX_SECONDS);
                    break;
                case "--threads":
                    threads = wholeNumber(arg, valueAfter(args, i++), 1, MAX_THREADS);
                    break;
                default:
                    throw new BadArgumentException("unknown argument '" + arg + "'");
            }
        }
        return new DemoOptions(seconds, threads, false);
    }

    private static String valueAfter(String[] args, int optionIndex) throws BadArgumentException {
        if (optionIndex + 1 >= args.length) {
            throw new BadArgumentException(args[optionIndex] + " needs a value");
        }
        return args[optionIndex + 1];
    }

    private static int wholeNumber(String option, String value, int min, int max) throws BadArgumentException {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            number = min - 1;
        }
        if (number < min || number > max) {
            throw new BadArgumentException(
                    option + " must be a whole number from " + min + " to " + max + ", was '" + value + "'");
        }
        return number;
    }
}
