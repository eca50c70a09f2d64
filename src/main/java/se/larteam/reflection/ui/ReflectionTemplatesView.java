package se.larteam.reflection.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.program.OrganiserPages;
import se.larteam.reflection.ProgramTemplate;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionTemplate;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * The guided reflection templates a program offers its members (address in
 * {@link se.larteam.program.ProgramLinks#reflectionTemplates}), and the program's own templates (name and prompts)
 * added, edited and removed; for the program's organisers.
 */
@Route("program/:programId/reflektionsmallar")
@PermitAll
public class ReflectionTemplatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    private final ProgramService programs;
    private final Div own = new Div();
    private UserId me;
    private ProgramId program;

    ReflectionTemplatesView(CurrentUser currentUser, ReflectionService reflections, ProgramService programs) {
        this.currentUser = currentUser;
        this.reflections = reflections;
        this.programs = programs;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        OrganiserPages.open(this, event, programs, me, summary -> {
            program = summary.id();
            CheckboxGroup<ReflectionTemplate> templates = new CheckboxGroup<>(getTranslation("reflection.templates.field"));
            templates.setItems(ReflectionTemplate.values());
            templates.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
            templates.setValue(new java.util.HashSet<>(reflections.templates(me, program)));
            Button save = new Button(getTranslation("reflection.save"), click -> {
                reflections.setTemplates(me, program, templates.getValue().stream().sorted().toList());
                saved(getTranslation("reflection.templates.saved"));
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H1(getTranslation("reflection.templates.title", summary.name())),
                    new Paragraph(getTranslation("reflection.templates.help")), templates, save,
                    new H2(getTranslation("reflection.own-templates.title")), own);
            showOwn(null);
        });
    }

    /** The program's own templates, each with its prompts, and the form (for a new one, or {@code editing}). */
    private void showOwn(ProgramTemplate editing) {
        own.removeAll();
        List<ProgramTemplate> templates = reflections.ownTemplates(me, program);
        if (templates.isEmpty()) {
            own.add(new Paragraph(getTranslation("reflection.own-templates.none")));
        }
        for (ProgramTemplate template : templates) {
            if (editing != null && template.id().equals(editing.id())) {
                own.add(form(template));
                continue;
            }
            Button edit = new Button(getTranslation("reflection.own-template.edit"), click -> showOwn(template));
            edit.setAriaLabel(getTranslation("reflection.own-template.edit.aria", template.name()));
            Button remove = new Button(getTranslation("reflection.own-template.remove"), click -> {
                try {
                    reflections.removeOwnTemplate(me, program, template.id());
                    saved(getTranslation("reflection.own-template.removed", template.name()));
                } catch (InvalidInputException gone) {
                    // Removed meanwhile by another organiser: the list below shows it gone.
                }
                showOwn(null);
            });
            remove.setAriaLabel(getTranslation("reflection.own-template.remove.aria", template.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            OrderedList prompts = new OrderedList();
            template.prompts().forEach(p -> prompts.add(new ListItem(p)));
            Section card = new Section(new H3(template.name()), prompts, new HorizontalLayout(edit, remove));
            card.addClassName("larteam-card");
            own.add(card);
        }
        if (editing == null) {
            own.add(form(null));
        }
    }

    private OwnTemplateForm form(ProgramTemplate editing) {
        OwnTemplateForm form = new OwnTemplateForm(editing);
        form.addSaveListener(save -> {
            try {
                if (editing == null) {
                    reflections.addOwnTemplate(me, program, form.name(), form.prompts());
                    saved(getTranslation("reflection.own-template.added", form.name().strip()));
                } else {
                    reflections.updateOwnTemplate(me, program, editing.id(), form.name(), form.prompts());
                    saved(getTranslation("reflection.own-template.saved", form.name().strip()));
                }
                showOwn(null);
            } catch (InvalidInputException invalid) {
                form.showProblem(invalid.field(), getTranslation(invalid.messageKey(), invalid.arguments()));
            }
        });
        form.addCancelListener(cancel -> showOwn(null));
        return form;
    }

    private static void saved(String text) {
        Notification.show(text, 3_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reflection.templates.page-title") + " – " + getTranslation("app.name");
    }
}
