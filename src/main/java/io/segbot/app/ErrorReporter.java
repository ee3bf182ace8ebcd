package io.segbot.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one clear line on stderr (the stack trace only with --verbose).
 * Exit code 1 for a refused request or bad input, 3 for an unexpected internal error.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean expected = e instanceof IllegalArgumentException
                || e instanceof io.segbot.SegbotException
                || e instanceof io.segbot.ingest.ImportException
                || e instanceof io.segbot.analysis.AnalysisException
                || e instanceof io.segbot.store.StoreException
                || e instanceof java.io.IOException;
        cli.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (AppContext.verbose() || !expected) {
            e.printStackTrace(cli.getErr());
        }
        return expected ? 1 : 3;
    }
}
