package io.segbot.store;

/**
 * Who segbot logs in as on a server database. The password comes from the environment only
 * ({@code SEGBOT_DB_PASSWORD}); {@link #toString} never shows it.
 *
 * @param user the role to log in as; blank means the driver's default (the operating-system user)
 * @param password the role's password, or null for none (trust or peer authentication)
 */
public record DatabaseLogin(String user, String password) {
    public DatabaseLogin {
        user = user == null ? "" : user.strip();
    }

    @Override
    public String toString() {
        return "DatabaseLogin[user=" + (user.isEmpty() ? "(default)" : user) + ", password="
                + (password == null || password.isEmpty() ? "unset" : "set") + "]";
    }
}
