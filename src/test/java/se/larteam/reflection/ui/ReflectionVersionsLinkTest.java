package se.larteam.reflection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import se.larteam.collab.CollabLinks;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionLinks;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/**
 * The versions of a reflection's body, reached from the reflection's page: its author goes there and back; a
 * process leader who reads the shared reflection finds no link and, by the address, no versions (the drafts are
 * the author's); someone of another team sees neither the reflection nor a link.
 */
class ReflectionVersionsLinkTest extends KaribuTest {

    @Autowired
    ReflectionService reflections;

    private World world;
    private ReflectionId reflection;

    @BeforeEach
    void aTeamSharedReflection() {
        world = World.create(users, programs, teams);
        reflection = World.reflection(reflections, world.a(), Visibility.TEAM);
    }

    @Test
    void theAuthorGoesFromTheReflectionToItsVersionsAndBack() {
        login(world.a().member());
        UI.getCurrent().navigate(ReflectionLinks.reflection(reflection));

        Anchor versions = _get(Anchor.class, spec -> spec.withText("Versioner"));
        assertThat(versions.getHref()).isEqualTo(CollabLinks.versions(reflection.bodyDocument()));
        UI.getCurrent().navigate(versions.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Versioner");
        Anchor back = _get(Anchor.class, spec -> spec.withText("Tillbaka till reflektionen"));
        assertThat(back.getHref()).isEqualTo(ReflectionLinks.reflection(reflection));
        UI.getCurrent().navigate(back.getHref());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ReflectionView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Efter mötet");
    }

    @Test
    void aProcessLeaderReadingTheReflectionFindsNoVersionsLinkNorVersions() {
        login(world.a().processLeader());
        UI.getCurrent().navigate(ReflectionLinks.reflection(reflection));

        assertThat(_get(H1.class).getText()).as("the reflection itself is readable").isEqualTo("Efter mötet");
        _assertNone(Anchor.class, spec -> spec.withText("Versioner"));

        UI.getCurrent().navigate(CollabLinks.versions(reflection.bodyDocument()));
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Versionerna finns inte eller så har du inte tillgång till dem.");
        _assertNone(Anchor.class, spec -> spec.withText("Tillbaka till reflektionen"));
    }

    @Test
    void someoneOfAnotherTeamSeesNoLink() {
        login(world.b().member());
        UI.getCurrent().navigate(ReflectionLinks.reflection(reflection));

        _assertNone(Anchor.class, spec -> spec.withText("Versioner"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .doesNotContain(CollabLinks.versions(reflection.bodyDocument()));
    }
}
