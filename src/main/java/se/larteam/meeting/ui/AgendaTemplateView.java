package se.larteam.meeting.ui;

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
import se.larteam.base.InvalidInputException;
import se.larteam.meeting.AgendaItem;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.program.OrganiserPages;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * The program's meeting template (address in {@link se.larteam.program.ProgramLinks#meetingTemplate}): the agenda
 * every new meeting in the program starts from. Organisers change it; without one, "lärande samtal" is offered.
 */
@Route("program/:programId/motesmall")
@PermitAll
public class AgendaTemplateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final MeetingService meetings;
    private final ProgramService programs;

    AgendaTemplateView(CurrentUser currentUser, MeetingService meetings, ProgramService programs) {
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.programs = programs;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserId me = currentUser.require();
        OrganiserPages.open(this, event, programs, me, summary -> {
            ProgramId program = summary.id();
            AgendaEditor agenda = new AgendaEditor(true);
            agenda.setItems(meetings.agendaTemplate(me, program).stream().map(AgendaItem::of).toList());
            agenda.addSaveListener(save -> {
                try {
                    meetings.setAgendaTemplate(me, program, save.items().stream().map(AgendaItem::text).toList());
                    agenda.saved();
                    Notification.show(getTranslation("meeting.saved"), 3_000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException invalid) {
                    String field = invalid.field() == null ? "" : invalid.field();
                    agenda.showProblem(field.startsWith("agenda.") ? Integer.parseInt(field.substring(7)) : -1,
                            getTranslation(invalid.messageKey(), invalid.arguments()));
                }
            });
            add(new H1(getTranslation("meeting.template.title", summary.name())),
                    new Paragraph(getTranslation("meeting.template.help")), agenda);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.template.page-title") + " – " + getTranslation("app.name");
    }
}
