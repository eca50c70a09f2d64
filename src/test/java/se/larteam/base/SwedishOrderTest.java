package se.larteam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SwedishOrderTest {

    @Test
    void aoAndOWithDotsComeAfterZ() {
        List<String> sorted = Stream.of("Öberg", "Ängström", "Zetterberg", "Åberg", "Andersson", "ödman", "Eriksson")
                .sorted(SwedishOrder.strings()).toList();
        assertThat(sorted).containsExactly("Andersson", "Eriksson", "Zetterberg", "Åberg", "Ängström", "Öberg", "ödman");
    }
}
