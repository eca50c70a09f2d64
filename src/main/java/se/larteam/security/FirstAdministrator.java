package se.larteam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.larteam.user.NewUser;
import se.larteam.user.UserService;

/**
 * Creates the first administrator from {@code LARTEAM_ADMIN_EMAIL} and {@code LARTEAM_ADMIN_PASSWORD} when no
 * administrator exists yet. Runs after the demo data, which brings its own administrator.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(UserService users, @Value("${larteam.admin.email:}") String email,
            @Value("${larteam.admin.password:}") String password,
            @Value("${larteam.admin.name:Administratör}") String name) {
        this.users = users;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            log.debug("No LARTEAM_ADMIN_EMAIL/LARTEAM_ADMIN_PASSWORD given");
            return;
        }
        users.createFirstAdministrator(new NewUser(email, name, "Systemadministratör", ""), password)
                .ifPresentOrElse(a -> log.info("First administrator {} created from the environment", a.email()),
                        () -> log.info("An administrator exists already; LARTEAM_ADMIN_* left unused"));
    }
}
