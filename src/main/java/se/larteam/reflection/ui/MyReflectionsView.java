package se.larteam.reflection.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.reflection.ReflectionService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * "Min reflektionslogg": all my reflections, newest first, with the meetings they relate to; or grouped by theme
 * (the program's themes, then meetings), newest first within each group.
 */
@Route("reflektioner")
@PermitAll
@Menu(order = 2, icon = "vaadin:notebook", title = "menu.my-reflections")
public class MyReflectionsView extends Main implements HasDynamicTitle {

    private static final String TIMELINE = "timeline";
    private static final String BY_THEME = "by-theme";

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    private final Div content = new Div();

    MyReflectionsView(CurrentUser currentUser, ReflectionService reflections) {
        this.currentUser = currentUser;
        this.reflections = reflections;
        addClassName("larteam-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reflection.log.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        removeAll();
        Anchor write = new Anchor("skriv-reflektion", getTranslation("reflection.new.link"));
        write.getElement().setAttribute("router-link", true);
        RadioButtonGroup<String> order = new RadioButtonGroup<>(getTranslation("reflection.log.order"));
        order.setItems(TIMELINE, BY_THEME);
        order.setItemLabelGenerator(item -> getTranslation("reflection.log.order." + item));
        order.setValue(TIMELINE);
        order.addValueChangeListener(change -> show(change.getValue()));
        add(new H1(getPageTitle()), write, order, content);
        show(TIMELINE);
    }

    private void show(String order) {
        content.removeAll();
        UserId me = currentUser.require();
        if (BY_THEME.equals(order)) {
            var groups = reflections.myReflectionsByTheme(me);
            content.add(groups.isEmpty() ? new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("reflection.log.none")) : new ThemeGroups(groups, getLocale(), this::getTranslation));
        } else {
            content.add(ReflectionList.of(reflections.myReflections(me), s -> s, s -> null,
                    getTranslation("reflection.log.none"), getLocale(), this::getTranslation));
        }
    }
}
