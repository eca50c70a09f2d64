package se.larteam.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lärteam runs on Swedish time whatever the server's zone; services take the {@link Clock} so tests can move it. */
@Configuration(proxyBeanMethods = false)
public class Time {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
