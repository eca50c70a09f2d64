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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.larteam.program.ProgramLinks;
import se.larteam.reflection.ProgramTemplate;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionTemplate;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** An organiser adds the program's own template, is told what is wrong in Swedish, edits it and removes it. */
class ReflectionTemplatesViewTest extends KaribuTest {

    @Autowired
    ReflectionService reflections;

    private World.Side a;

    @BeforeEach
    void buildWorld() {
        a = World.create(users, programs, teams).a();
    }

    @Test
    void anOrganiserAddsEditsAndRemovesTheProgramsOwnTemplate() {
        reflections.setTemplates(a.organiser(), a.program(), List.of(ReflectionTemplate.GIBBS));
        login(a.organiser());
        UI.getCurrent().navigate(ProgramLinks.reflectionTemplates(a.program()));
        assertThat(_get(H1.class).getText()).isEqualTo("Reflektionsmallar för Program A");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Mallens namn")), "Skuggning");
        _click(_get(Button.class, spec -> spec.withText("Lägg till mallen")));
        TextArea prompts = _get(TextArea.class, spec -> spec.withLabel("Frågor"));
        assertThat(prompts.isInvalid()).isTrue();
        assertThat(prompts.getErrorMessage()).isEqualTo("Skriv minst en fråga.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Mallens namn")).getValue()).as("kept")
                .isEqualTo("Skuggning");

        _setValue(prompts, "Vad såg jag?\n\nVad gjorde kollegan?\nVad tar jag med mig?");
        _click(_get(Button.class, spec -> spec.withText("Lägg till mallen")));
        assertThat(_get(H3.class).getText()).isEqualTo("Skuggning");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Vad såg jag?", "Vad gjorde kollegan?", "Vad tar jag med mig?");
        assertThat(reflections.ownTemplates(a.member(), a.program())).extracting(ProgramTemplate::name)
                .containsExactly("Skuggning");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Mallens namn")), "skuggning");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Frågor")), "En fråga");
        _click(_get(Button.class, spec -> spec.withText("Lägg till mallen")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Mallens namn")).getErrorMessage())
                .isEqualTo("Programmet har redan en egen mall med det namnet.");

        _click(_get(Button.class, spec -> spec.withPredicate(b -> "Ändra mallen Skuggning".equals(b.getAriaLabel().orElse(null)))));
        TextField name = _find(TextField.class, spec -> spec.withLabel("Mallens namn")).get(0);
        assertThat(name.getValue()).isEqualTo("Skuggning");
        _setValue(name, "Kollegial skuggning");
        _setValue(_find(TextArea.class, spec -> spec.withLabel("Frågor")).get(0), "Vad gjorde kollegan?\nVad såg jag?");
        _click(_get(Button.class, spec -> spec.withText("Spara mallen")));
        assertThat(reflections.ownTemplates(a.organiser(), a.program())).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Kollegial skuggning");
            assertThat(t.prompts()).containsExactly("Vad gjorde kollegan?", "Vad såg jag?");
        });
        assertThat(reflections.templates(a.organiser(), a.program())).as("built-in choice kept")
                .containsExactly(ReflectionTemplate.GIBBS);

        _click(_get(Button.class, spec -> spec.withPredicate(b -> "Ta bort mallen Kollegial skuggning"
                .equals(b.getAriaLabel().orElse(null)))));
        assertThat(reflections.ownTemplates(a.organiser(), a.program())).isEmpty();
        assertThat(_find(H3.class)).isEmpty();
    }
}
