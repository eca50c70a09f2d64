package se.larteam.shell;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import se.larteam.base.Translations;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserService;

/**
 * Swedish for everyone, whatever the browser asks for, unless the signed-in person chose English. The page's
 * {@code lang} attribute follows, so screen readers pronounce the text right.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    LanguageSetup(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", Translations.SWEDISH.getLanguage()));
        event.getSource().addUIInitListener(init -> apply(init.getUI(), languageOfCurrentUser()));
    }

    private Locale languageOfCurrentUser() {
        return currentUser.id().map(id -> users.profile(id).language()).orElse(Translations.SWEDISH);
    }

    static void apply(UI ui, Locale language) {
        ui.setLocale(language);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.getLanguage());
    }
}
