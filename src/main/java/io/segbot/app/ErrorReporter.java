package io.segbot.app;

import io.segbot.ErrorText;
import io.segbot.SegbotException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr; the stack trace only with --verbose. Exit codes
 * (README, "Exit codes"): 1 for a refused request, bad input or a failed operation (every {@link
 * SegbotException}, a bad argument, a file or database error); 2 for a command line that does not
 * parse (plus one hint line naming the command's --help); 3 for an unexpected internal error (a
 * bug in segbot: the line says so and points at --verbose).
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean expected = expected(e);
        if (expected) {
            cli.getErr().println("error: " + ErrorText.oneLine(e));
        } else {
            cli.getErr()
                    .println("error: internal error " + where(e) + " (a bug in segbot);"
                            + " run the same command with --verbose for the stack trace");
        }
        if (AppContext.verbose()) {
            e.printStackTrace(cli.getErr());
        }
        return expected ? FAILED : INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        // picocli starts some messages with its own "Error: "; the line already says it
        cli.getErr().println("error: " + ErrorText.oneLine(e).replaceFirst("^Error: ", ""));
        String suggestion = suggestion(e);
        cli.getErr()
                .println("hint: " + suggestion + "'" + cli.getCommandSpec().qualifiedName()
                        + " --help' lists the options");
        if (AppContext.verbose()) {
            e.printStackTrace(cli.getErr());
        }
        return USAGE;
    }

    private static String suggestion(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            return "did you mean "
                    + String.join(
                            " or ",
                            unmatched
                                    .getSuggestions()
                                    .subList(
                                            0,
                                            Math.min(
                                                    3,
                                                    unmatched.getSuggestions().size())))
                    + "? ";
        }
        return "";
    }

    /** Our own failures, bad arguments, files and the database: the user can act on the message. */
    static boolean expected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SegbotException
                    || cause instanceof IllegalArgumentException
                    || cause instanceof IOException
                    || cause instanceof UncheckedIOException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String type = e.getClass().getSimpleName();
        return trace.length == 0 ? type : type + " at " + trace[0].getFileName() + ":" + trace[0].getLineNumber();
    }
}
