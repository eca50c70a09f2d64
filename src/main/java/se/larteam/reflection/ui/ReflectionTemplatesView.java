package se.larteam.reflection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.program.ProgramSummary;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionTemplate;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * The guided reflection templates a program offers its members (address in
 * {@link se.larteam.program.ProgramLinks#reflectionTemplates}); for the program's organisers.
 */
@Route("program/:programId/reflektionsmallar")
@PermitAll
public class ReflectionTemplatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    private final ProgramService programs;

    ReflectionTemplatesView(CurrentUser currentUser, ReflectionService reflections, ProgramService programs) {
        this.currentUser = currentUser;
        this.reflections = reflections;
        this.programs = programs;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UserId me = currentUser.require();
        try {
            ProgramId program = new ProgramId(event.getRouteParameters().get("programId").orElse(""));
            ProgramSummary summary = programs.get(me, program);
            if (!summary.mayManage()) {
                throw new NotPermittedException("Organisers only");
            }
            CheckboxGroup<ReflectionTemplate> templates = new CheckboxGroup<>(getTranslation("reflection.templates.field"));
            templates.setItems(ReflectionTemplate.values());
            templates.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
            templates.setValue(new java.util.HashSet<>(reflections.templates(me, program)));
            Button save = new Button(getTranslation("reflection.save"), click -> {
                reflections.setTemplates(me, program, templates.getValue().stream().sorted().toList());
                Notification.show(getTranslation("reflection.templates.saved"), 3_000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H1(getTranslation("reflection.templates.title", summary.name())),
                    new Paragraph(getTranslation("reflection.templates.help")), templates, save);
        } catch (NotPermittedException | IllegalArgumentException e) {
            add(new H1(getTranslation("program.not-available.title")),
                    new Paragraph(getTranslation("program.not-available")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reflection.templates.page-title") + " – " + getTranslation("app.name");
    }
}
