package se.larteam.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The corpus keeps its promises: enough distinct payloads, each fitting a title, each aimed at the trap. */
class XssCorpusTest {

    @Test
    void atLeastAHundredDistinctPayloadsEachSettingTheTrap() {
        List<String> payloads = XssCorpus.payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
        assertThat(payloads).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(200);
            assertThat(p).doesNotStartWith("#");
            // The few that hide the name (base64, char codes, string concatenation) still set it when run.
            assertThat(p.contains("__x") || p.contains("atob(") || p.contains("fromCharCode(")
                    || p.contains("base64,")).as(p).isTrue();
        });
    }
}
