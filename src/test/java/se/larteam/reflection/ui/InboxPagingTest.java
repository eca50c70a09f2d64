package se.larteam.reflection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** A long "Väntar på kommentar" shows the oldest fifty, says how many wait, and shows more on request. */
class InboxPagingTest extends KaribuTest {

    @Autowired
    ReflectionService reflections;

    @Test
    void theOldestFiftyFirstThenMoreOnRequest() {
        World.Side a = World.create(users, programs, teams).a();
        for (int i = 1; i <= 62; i++) {
            ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), null, "ledarskap",
                    "Reflektion " + i, "Vad jag provade " + i + ".", Visibility.PROCESS_LEADERS));
            reflections.share(a.member(), id);
        }
        login(a.processLeader());
        UI.getCurrent().navigate("vantar-pa-kommentar");

        assertThat(_get(Paragraph.class, spec -> spec.withText("Väntar på kommentar: 62 (de äldsta först)")))
                .isNotNull();
        assertThat(_find(RouterLink.class, spec -> spec.withText("Reflektion 1"))).as("the oldest is shown").hasSize(1);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Reflektion 50"))).hasSize(1);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Reflektion 51"))).as("not yet").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Visa 12 till (av 12 som återstår)")));
        assertThat(_find(RouterLink.class, spec -> spec.withText("Reflektion 62"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Visa 12 till (av 12 som återstår)"))).isEmpty();
    }
}
