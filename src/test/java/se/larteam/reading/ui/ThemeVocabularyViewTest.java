package se.larteam.reading.ui;

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
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramRole;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;

/** The organiser keeps the program's themes; a member then tags a reading from them (or with a free tag). */
class ThemeVocabularyViewTest extends KaribuTest {

    @Autowired
    ReadingService readings;

    private World world;
    private ReadingId tagged;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        tagged = readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft("Samverkan med hemmet",
                List.of("Åsa Öberg"), 2019, ReadingKind.REPORT, "", "", "", "sv", "",
                List.of("vårdnadshavare", "vår egen tagg"), Evidence.PROVEN_EXPERIENCE, List.of()));
    }

    @Test
    void anOrganiserAddsRenamesAndRemovesThemesAndTheReadingFormOffersThem() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.program(world.a().program()));
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withText("Teman i forskningsbiblioteket")).getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Teman i biblioteket för Program A");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Nytt tema")), "Tidiga insatser");
        _click(_get(Button.class, spec -> spec.withText("Lägg till tema")));
        assertThat(themeField("Tidiga insatser")).isNotNull();

        TextField fresh = _get(TextField.class, spec -> spec.withLabel("Nytt tema"));
        _setValue(fresh, "Ledarskap");
        _click(_get(Button.class, spec -> spec.withText("Lägg till tema")));
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).isEqualTo("Temat Ledarskap finns redan.");
        assertThat(fresh.getValue()).as("what was typed stays").isEqualTo("Ledarskap");

        _setValue(themeField("vårdnadshavare"), "vårdnadshavare och skola");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Byt namn på vårdnadshavare")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Ta bort digitalisering")));

        assertThat(themes()).contains("Tidiga insatser", "vårdnadshavare och skola")
                .doesNotContain("vårdnadshavare", "digitalisering");
        // The team's reading follows the rename; its free tag is untouched.
        assertThat(readings.get(world.a().member(), tagged).content().themes())
                .containsExactly("vårdnadshavare och skola", "vår egen tagg");

        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withText("Lägg till läsning")).getHref());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> themeBox = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Teman"));
        List<String> offered = themeBox.getListDataView().getItems().toList();
        assertThat(offered).contains("Tidiga insatser", "vårdnadshavare och skola", "vår egen tagg")
                .doesNotContain("digitalisering", "vårdnadshavare");
        assertThat(themeBox.isAllowCustomValue()).as("free tags beside the vocabulary").isTrue();
    }

    @Test
    void aSecondOrganisersChangesAppearWithoutReloading() throws InterruptedException {
        UserId second = TestAccounts.person(users, "Andra organisatören").id();
        programs.addPerson(TestAccounts.administrator(users), world.a().program(), second, ProgramRole.ORGANISER);
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.libraryThemes(world.a().program()));
        assertThat(themes()).contains("vårdnadshavare").doesNotContain("Tidiga insatser");

        readings.addTheme(second, world.a().program(), "Tidiga insatser");
        readings.renameTheme(second, world.a().program(), "vårdnadshavare", "hem och skola");

        awaitUi(() -> assertThat(themes()).contains("Tidiga insatser", "hem och skola")
                .doesNotContain("vårdnadshavare"));
    }

    @Test
    void aMemberCannotEditTheVocabulary() {
        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.libraryThemes(world.a().program()));

        assertThat(_get(H1.class).getText()).isNotEqualTo("Teman i biblioteket för Program A");
        assertThat(_find(Button.class, spec -> spec.withText("Lägg till tema"))).isEmpty();
    }

    private static TextField themeField(String theme) {
        return _get(TextField.class, spec -> spec.withLabel("Tema").withValue(theme));
    }

    private static List<String> themes() {
        return _find(TextField.class, spec -> spec.withLabel("Tema")).stream().map(TextField::getValue).toList();
    }
}
