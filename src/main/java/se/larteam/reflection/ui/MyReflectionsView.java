package se.larteam.reflection.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.reflection.ReflectionService;
import se.larteam.security.CurrentUser;

/** "Min reflektionslogg": all my reflections, newest first, with the meetings they relate to. */
@Route("reflektioner")
@PermitAll
@Menu(order = 2, icon = "vaadin:notebook", title = "menu.my-reflections")
public class MyReflectionsView extends Main implements HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReflectionService reflections;

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
        add(new H1(getPageTitle()), write, ReflectionList.of(reflections.myReflections(currentUser.require()),
                s -> s, s -> null, getTranslation("reflection.log.none"), getLocale(), this::getTranslation));
    }
}
