package io.segbot.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the real command line in-process, capturing stdout and stderr; the database is closed after each run. */
final class Cli {
    /**
     * @param err what picocli's error writer received (the error line and hint)
     * @param systemErr what the command printed to System.err itself (notes, warnings, startup lines)
     */
    record Run(int code, String out, String err, String systemErr) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> systemErrLines() {
            return systemErr.lines().toList();
        }
    }

    private Cli() {}

    static Run run(Path db, String... args) {
        return runWithInput(db, "", args);
    }

    static Run runWithInput(Path db, String stdin, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        InputStream originalIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            List<String> all = new ArrayList<>(List.of("--db", db.toString()));
            all.addAll(List.of(args));
            int code = cli.execute(all.toArray(String[]::new));
            return new Run(
                    code,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(),
                    systemErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            System.setIn(originalIn);
            AppContext.setVerbose(false);
            AppContext.close();
        }
    }
}
