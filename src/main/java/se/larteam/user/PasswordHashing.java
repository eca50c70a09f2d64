package se.larteam.user;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** Strength 10 in production; tests lower it, since they create many accounts. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${larteam.security.password-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
