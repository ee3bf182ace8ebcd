package io.segbot.bot.command;

import java.util.Objects;

/** What {@link CommandParser} made of a command line: a command, or why not with its usage. */
public sealed interface Parsed {
    /** A well-formed command. */
    record Ok(Command command) implements Parsed {
        public Ok {
            Objects.requireNonNull(command, "command");
        }
    }

    /**
     * A command line that does not follow the grammar.
     *
     * @param command the command name typed, or "" when there was none we know
     * @param problem one short sentence saying what is wrong
     * @param usage the command's usage line (without prefix), or null for an unknown command
     */
    record Malformed(String command, String problem, String usage) implements Parsed {
        public Malformed {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(problem, "problem");
        }
    }
}
