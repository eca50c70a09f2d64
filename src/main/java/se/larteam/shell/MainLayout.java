package se.larteam.shell;

import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.Translations;
import se.larteam.calendar.CalendarLinks;
import se.larteam.live.LiveUpdates;
import se.larteam.notification.NotificationService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserProfile;
import se.larteam.user.UserService;

/**
 * The frame around every signed-in page: a drawer with the features' own menu entries (titles are translation
 * keys), and the user's menu with language, the personal calendar and sign-out. On a phone the drawer folds away behind a toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final CurrentUser currentUser;
    private final UserService users;
    private final NotificationService notifications;
    private final LiveUpdates live;
    private boolean built;

    MainLayout(CurrentUser currentUser, UserService users, NotificationService notifications, LiveUpdates live) {
        this.currentUser = currentUser;
        this.users = users;
        this.notifications = notifications;
        this.live = live;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        addToNavbar(toggle);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Built on first attach, when the UI's locale is set; a language change reloads the page.
        if (!built) {
            UserProfile me = users.profile(currentUser.require());
            addToDrawer(header(), new Scroller(navigation()), userMenu(me));
            addToNavbar(new NotificationBell(notifications, live, me.id()));
            built = true;
        }
    }

    private Header header() {
        // Not a heading: each page's own H1 is the one heading of level 1.
        Span appName = new Span(getTranslation("app.name"));
        appName.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Header header = new Header(appName);
        header.getStyle().set("padding", "var(--lumo-space-m)");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        nav.getStyle().set("margin", "0 var(--lumo-space-s)");
        return nav;
    }

    private Footer userMenu(UserProfile me) {
        Avatar avatar = new Avatar(me.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        MenuItem root = menu.addItem(new Span(avatar, new Span(" " + me.displayName())));
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("shell.language"));
        language.getSubMenu().addItem("Svenska", e -> changeLanguage(Translations.SWEDISH))
                .setCheckable(true);
        language.getSubMenu().addItem("English", e -> changeLanguage(Translations.ENGLISH))
                .setCheckable(true);
        language.getSubMenu().getItems().get(me.language().equals(Translations.ENGLISH) ? 1 : 0).setChecked(true);
        // A personal setting, like the language: in the user's menu rather than the main navigation.
        sub.addItem(getTranslation("shell.calendar"), e -> getUI().ifPresent(ui -> ui.navigate(CalendarLinks.PAGE)));
        sub.addItem(getTranslation("shell.logout"), e -> currentUser.logout());
        Footer footer = new Footer(menu);
        footer.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return footer;
    }

    private void changeLanguage(Locale language) {
        users.changeLanguage(currentUser.require(), language);
        getUI().ifPresent(ui -> {
            LanguageSetup.apply(ui, language);
            // Every text on the page was rendered in the old language: start over in the new one.
            ui.getPage().reload();
        });
    }
}
