package se.larteam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk through each other's public services and records only, and never in a cycle. */
class ModularityTests {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(Application.class).verify();
    }
}
