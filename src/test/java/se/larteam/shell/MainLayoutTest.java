package se.larteam.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;

import se.larteam.team.ui.MyTeamsView;
import se.larteam.testing.KaribuTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;

class MainLayoutTest extends KaribuTest {

    @Test
    void theMenuListsWhatExistsInSwedish() {
        login(TestAccounts.person(users, "Pär Nyström").id());
        UI.getCurrent().navigate(MyTeamsView.class);

        SideNavItem item = _get(SideNavItem.class, spec -> spec.withPredicate(i -> "Mina lärteam".equals(i.getLabel())));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Mina lärteam", "Mina åtaganden");
        assertThat(item.getPath()).isEmpty();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
    }

    @Test
    void aPersonSwitchesToEnglishAndItIsRemembered() {
        UserId person = TestAccounts.person(users, "Elin Malmström").id();
        login(person);
        UI.getCurrent().navigate(MyTeamsView.class);

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "English");

        assertThat(users.profile(person).language()).isEqualTo(Locale.ENGLISH);
        // The page reloads; a new UI for the same person starts in English.
        UI.getCurrent().navigate(MyTeamsView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("My learning teams");
    }
}
