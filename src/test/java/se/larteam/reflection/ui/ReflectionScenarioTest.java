package se.larteam.reflection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import se.larteam.collab.CollabDocumentAccess;
import se.larteam.collab.CollabEditor;
import se.larteam.reflection.ReflectionBodies;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionLinks;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionSummary;
import se.larteam.reflection.TemplateChoice;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamLinks;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/**
 * Scenario 3 through the pages: a member shares a reflection with the process leaders; the process leader finds it
 * in "Väntar på kommentar" and comments; the member's open reflection page shows the next comment and the bell's
 * count rises without reloading, while what she is typing stays.
 */
class ReflectionScenarioTest extends KaribuTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    List<CollabDocumentAccess> owners;

    private World.Side a;

    @BeforeEach
    void buildWorld() {
        a = World.create(users, programs, teams).a();
    }

    @Test
    void aMemberSharesTheProcessLeaderCommentsAndTheMemberSeesItLive() throws InterruptedException {
        login(a.member());
        UI.getCurrent().navigate("skriv-reflektion");
        assertThat(_find(CollabEditor.class)).as("no body before the draft exists").isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Spara och skriv texten")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).isInvalid()).as("nothing saved yet").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Att leda lärande samtal");
        _click(_get(Button.class, spec -> spec.withText("Spara och skriv texten")));

        // The draft exists: the page now has its body as a co-edited document the author writes in.
        ReflectionId id = reflections.myReflections(a.member()).get(0).id();
        CollabEditor body = _get(CollabEditor.class);
        assertThat(body.getDocumentName()).isEqualTo("reflection:" + id.value());
        assertThat(body.isReadOnly()).isFalse();
        assertThat(body.getLabel()).isEqualTo("Reflektion");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).getValue())
                .as("typed input kept").isEqualTo("Att leda lärande samtal");
        _click(_get(Button.class, spec -> spec.withText("Dela")));
        assertThat(texts()).as("not shared with an empty body").contains("Skriv något i reflektionen innan du delar den.");
        ReflectionBodies.store(owners, a.member(), id, "Vi pratade för mycket.\nNästa gång: lyssna.", 5);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Visibility> who = _get(RadioButtonGroup.class, spec -> spec.withLabel("Vem får läsa"));
        _setValue(who, Visibility.PROCESS_LEADERS);
        _click(_get(Button.class, spec -> spec.withText("Dela")));
        assertThat(_get(H1.class).getText()).isEqualTo("Att leda lärande samtal");
        assertThat(_get(com.vaadin.flow.component.html.Article.class).getElement().getProperty("innerHTML"))
                .as("the author reads the stored copy").isEqualTo("<p>Vi pratade för mycket.</p><p>Nästa gång: lyssna.</p>");

        // The process leader: her bell has the new reflection; her inbox lists it; she comments.
        login(a.processLeader());
        UI.getCurrent().navigate("vantar-pa-kommentar");
        assertThat(_get(Button.class, spec -> spec.withPredicate(b -> "Notiser, 1 olästa".equals(b.getAriaLabel().orElse(null))))).isNotNull();
        assertThat(_find(RouterLink.class, spec -> spec.withText("Att leda lärande samtal"))).hasSize(1);
        UI.getCurrent().navigate(ReflectionLinks.reflection(id));
        CollabEditor live = _get(CollabEditor.class);
        assertThat(live.getDocumentName()).isEqualTo(id.bodyDocument());
        assertThat(live.isReadOnly()).as("the process leader follows the body live, read-only").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ny kommentar")), "Fint fångat. Vad hände när du lyssnade?");
        _click(_get(Button.class, spec -> spec.withText("Kommentera")));
        assertThat(texts()).contains("Fint fångat. Vad hände när du lyssnade?");
        UI.getCurrent().navigate("vantar-pa-kommentar");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Inga reflektioner väntar på din kommentar.")))
                .isNotNull();

        // The member has her page open, sees the read receipt and the comment, and starts typing an answer.
        login(a.member());
        UI.getCurrent().navigate(ReflectionLinks.reflection(id));
        assertThat(texts()).contains("Fint fångat. Vad hände när du lyssnade?");
        assertThat(texts()).anyMatch(t -> t.startsWith("Läst av Processledare A "));
        assertThat(_get(Button.class, spec -> spec.withPredicate(b -> "Notiser, 1 olästa".equals(b.getAriaLabel().orElse(null))))).isNotNull();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ny kommentar")), "Jag svarar snart");

        // Meanwhile, in the process leader's browser, another comment.
        reflections.addComment(a.processLeader(), id, null, "Och en sak till.");
        awaitUi(() -> {
            assertThat(texts()).contains("Och en sak till.");
            assertThat(_find(Button.class, spec -> spec.withPredicate(b -> "Notiser, 2 olästa".equals(b.getAriaLabel().orElse(null))))).hasSize(1);
        });
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ny kommentar")).getValue())
                .as("what she types stays").isEqualTo("Jag svarar snart");
    }

    @Test
    void theTeamSpaceListsTeamSharedReflectionsButNotForOrganisers() {
        ReflectionId shared = reflections.create(a.member(), new se.larteam.reflection.ReflectionDraft(a.team(), null,
                "", "Delad med teamet", "Text", Visibility.TEAM));
        reflections.share(a.member(), shared);
        ReflectionId secret = reflections.create(a.member(), new se.larteam.reflection.ReflectionDraft(a.team(), null,
                "", "Bara för processledarna", "Text", Visibility.PROCESS_LEADERS));
        reflections.share(a.member(), secret);

        login(a.processLeader());
        UI.getCurrent().navigate(TeamLinks.team(a.team()));
        assertThat(_find(RouterLink.class, spec -> spec.withText("Delad med teamet"))).hasSize(1);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Bara för processledarna"))).hasSize(1);

        login(a.organiser());
        UI.getCurrent().navigate(TeamLinks.team(a.team()));
        assertThat(_find(RouterLink.class, spec -> spec.withText("Delad med teamet"))).isEmpty();
        UI.getCurrent().navigate(ReflectionLinks.reflection(shared));
        assertThat(_get(H1.class).getText()).isEqualTo("Reflektionen finns inte");

        login(a.member());
        UI.getCurrent().navigate("reflektioner");
        List<ReflectionSummary> mine = reflections.myReflections(a.member());
        assertThat(mine).hasSize(2);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Bara för processledarna"))).hasSize(1);
    }

    @Test
    void aGuidedTemplatesPromptsBecomeHeadingsOfTheBody() {
        reflections.setTemplates(a.organiser(), a.program(), List.of(se.larteam.reflection.ReflectionTemplate.GIBBS));
        String own = reflections.addOwnTemplate(a.organiser(), a.program(), "Skuggning",
                List.of("Vad såg jag?", "Vad tar jag med mig?"));
        login(a.member());
        UI.getCurrent().navigate("skriv-reflektion");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<TemplateChoice> template =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Mall"));
        assertThat(template.getListDataView().getItems().map(template.getItemLabelGenerator()::apply))
                .as("the program's enabled built-in templates and its own").containsExactly(
                        "Gibbs reflektionscykel", "Skuggning");
        _setValue(template, TemplateChoice.builtIn(se.larteam.reflection.ReflectionTemplate.GIBBS));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Gibbs efter mötet");
        _click(_get(Button.class, spec -> spec.withText("Spara och skriv texten")));
        ReflectionId gibbs = reflections.myReflections(a.member()).get(0).id();
        assertThat(ReflectionBodies.initialText(owners, gibbs)).startsWith("## Beskrivning: vad hände?\n\n"
                + "## Känslor: vad tänkte och kände du?").endsWith("## Handlingsplan: vad gör du nästa gång?");
        assertThat(_find(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Mall")))
                .as("chosen once, when created").allMatch(s -> !s.isVisible());
        assertThat(texts()).contains("Skriven med mallen ”Gibbs reflektionscykel”.");

        UI.getCurrent().navigate("skriv-reflektion");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<TemplateChoice> again =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Mall"));
        _setValue(again, new TemplateChoice(null, own, "Skuggning"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Skuggning hos Ali");
        _click(_get(Button.class, spec -> spec.withText("Spara och skriv texten")));
        ReflectionId shadowing = reflections.myReflections(a.member()).stream()
                .filter(r -> r.title().equals("Skuggning hos Ali")).findFirst().orElseThrow().id();
        reflections.removeOwnTemplate(a.organiser(), a.program(), own);
        assertThat(ReflectionBodies.initialText(owners, shadowing)).as("kept after the template is removed")
                .isEqualTo("## Vad såg jag?\n\n## Vad tar jag med mig?");
        assertThat(reflections.details(a.member(), shadowing).templateName()).isEqualTo("Skuggning");
    }

    @Test
    void theOrganiserChoosesTheTemplatesFromTheProgramPage() {
        login(a.organiser());
        UI.getCurrent().navigate(se.larteam.program.ProgramLinks.program(a.program()));
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Reflektionsmallar för deltagarna"))).singleElement()
                .satisfies(link -> assertThat(link.getHref())
                        .isEqualTo(se.larteam.program.ProgramLinks.reflectionTemplates(a.program())));
        UI.getCurrent().navigate(se.larteam.program.ProgramLinks.reflectionTemplates(a.program()));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<se.larteam.reflection.ReflectionTemplate> offered =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withLabel("Mallar som erbjuds"));
        _setValue(offered, java.util.Set.of(se.larteam.reflection.ReflectionTemplate.GIBBS,
                se.larteam.reflection.ReflectionTemplate.LEARNING_CONVERSATION));
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(reflections.templates(a.member(), a.program())).containsExactly(
                se.larteam.reflection.ReflectionTemplate.GIBBS, se.larteam.reflection.ReflectionTemplate.LEARNING_CONVERSATION);

        login(a.member());
        UI.getCurrent().navigate(se.larteam.program.ProgramLinks.reflectionTemplates(a.program()));
        assertThat(_find(com.vaadin.flow.component.checkbox.CheckboxGroup.class)).isEmpty();
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
