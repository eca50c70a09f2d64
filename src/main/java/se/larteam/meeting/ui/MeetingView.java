package se.larteam.meeting.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.collab.CollabEditor;
import se.larteam.collab.CollabLinks;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.meeting.MeetingDetails;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MeetingState;
import se.larteam.program.ProgramService;
import se.larteam.reading.ReadingService;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamLinks;
import se.larteam.team.TeamLive;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * One meeting: when and where, agenda, attendance, last time's actions to follow up, notes, decisions and the
 * actions "till nästa gång", each section saved on its own. The forms only fire events; this page calls the
 * service. Live updates refresh the sections in place and never replace what the user is typing.
 */
@Route("mote/:meetingId")
@PermitAll
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "meetingId";

    private final CurrentUser currentUser;
    private final MeetingService meetings;
    private final ProgramService programs;
    private final ReadingService readings;
    private final LiveRefresh live;
    private final UserService users;
    private final Div content = new Div();
    private UserId me;
    private MeetingId id;
    private MeetingDetails shown;
    private String title = "";

    private H1 heading;
    private Paragraph when;
    private Span state;
    private MeetingPlanForm planForm;
    private MeetingPlan loadedPlan;
    private AgendaEditor agenda;
    private AgendaReadings agendaReadings;
    private AttendanceSection attendance;
    private FollowUpsSection followUps;
    private CollabEditor notes;
    private TextSection decisions;
    private ActionsSection actions;
    private Div stateButtons;
    private ReadOnlyMinutes minutes;

    MeetingView(CurrentUser currentUser, MeetingService meetings, ProgramService programs, ReadingService readings,
            LiveUpdates liveUpdates, UserService users) {
        this.readings = readings;
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.programs = programs;
        this.users = users;
        // This meeting's events and membership changes of its team; not presence, not the team's other meetings.
        this.live = new LiveRefresh(liveUpdates, event -> id != null && id.value().equals(event.data().get("meetingId"))
                || "team.members-changed".equals(event.kind()));
        live.bind(this, () -> me, () -> shown == null ? List.of() : List.of(TeamLive.topic(shown.summary().team())),
                this::refresh, this::build);
        addClassName("larteam-page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        String value = event.getRouteParameters().get(PARAMETER).orElse("");
        id = value.isBlank() ? null : new MeetingId(value);
        build();
        live.refollow();
    }




    // ---- building and refreshing

    private void build() {
        content.removeAll();
        shown = null;
        try {
            if (id == null) {
                throw new NotPermittedException("No meeting id");
            }
            show(meetings.details(me, id));
        } catch (NotPermittedException e) {
            title = getTranslation("meeting.not-available.title");
            content.add(new H1(title), new Paragraph(getTranslation("meeting.not-available")));
        }
    }

    private void show(MeetingDetails details) {
        shown = details;
        boolean readOnly = !details.mayEdit();
        heading = new H1();
        when = new Paragraph();
        state = new Span();
        state.getElement().getThemeList().add("badge");
        Anchor team = new Anchor(TeamLinks.team(details.summary().team()), details.teamName());
        team.getElement().setAttribute("router-link", true);
        content.add(heading, new Paragraph(team, new Span(" "), state), when, downloads(details));
        stateButtons = new Div();
        if (readOnly) {
            // Minutes this person may read but not change read as a document, not as disabled fields.
            // The notes stay a live (read-only) co-edited document: an organiser may follow notes in progress.
            minutes = new ReadOnlyMinutes(getLocale(), details.contentVisible() ? notesEditor(true) : null);
            agendaReadings = new AgendaReadings(readings, me, details);
            if (!details.contentVisible()) {
                content.add(new Paragraph(getTranslation("meeting.safe-room")));
            }
            content.add(minutes);
            if (details.contentVisible()) {
                content.add(new Paragraph(versionsLink()));
            }
            content.add(stateButtons);
            update(details);
            return;
        }
        minutes = null;

        planForm = new MeetingPlanForm(getLocale());
        loadedPlan = plan(details);
        planForm.setPlan(loadedPlan);
        planForm.setReadOnly(readOnly);
        planForm.addSaveListener(save -> saveSection(() -> meetings.updateDetails(me, id, save.plan()),
                planForm::clearProblems, invalid -> planForm.showProblem(invalid.field(), message(invalid))));
        Section planSection = new Section(new H2(getTranslation("meeting.details.title")), planForm);
        if (!readOnly) {
            planSection.add(new Button(getTranslation("meeting.details.save"), click -> planForm.fireSave()));
        }
        content.add(planSection);

        if (!details.contentVisible()) {
            content.add(new Paragraph(getTranslation("meeting.safe-room")));
        } else {
            if (details.mayEdit() && programs.notesOpenToOrganisers(me, details.program())) {
                // The team should know who else reads its notes before they are approved.
                Paragraph open = new Paragraph(getTranslation("meeting.notes-open-notice"));
                open.addClassName("larteam-muted");
                content.add(open);
            }
            agenda = new AgendaEditor(!readOnly);
            agendaReadings = new AgendaReadings(readings, me, details);
            agenda.setReadings(agendaReadings);
            agenda.setItems(details.agenda());
            agenda.setReadOnly(readOnly);
            agenda.addSaveListener(save -> saveSection(() -> meetings.setAgenda(me, id, save.items()), agenda::saved,
                    invalid -> agenda.showProblem(index(invalid.field()), message(invalid))));
            content.add(new Section(new H2(getTranslation("meeting.agenda.title")), agenda));
        }
        attendance = attendanceSection(details, readOnly);
        content.add(attendance);
        if (details.contentVisible()) {
            followUps = followUpsSection(details, readOnly);
            notes = notesEditor(readOnly);
            decisions = new TextSection(getTranslation("meeting.decisions.title"), getTranslation("meeting.decisions"),
                    getTranslation("meeting.decisions.save"), getTranslation("meeting.decisions.helper"));
            decisions.addSaveListener(save -> saveSection(() -> meetings.saveDecisions(me, id, save.text()),
                    () -> decisions.saved(save.text().strip()), invalid -> decisions.showProblem(message(invalid))));
            decisions.setReadOnly(readOnly);
            actions = new ActionsSection(details.attendance(), getLocale(), details.summary().date().plusMonths(1));
            actions.setReadOnly(readOnly);
            actions.addAddListener(add -> saveSection(() -> meetings.addAction(me, id, add.action()), actions::added,
                    invalid -> actions.showProblem(invalid.field(), message(invalid))));
            actions.addRemoveListener(remove -> saveSection(() -> meetings.removeAction(me, id, remove.actionId()),
                    () -> { }, invalid -> { }));
            Paragraph notesHelp = new Paragraph(getTranslation("meeting.notes.helper"));
            notesHelp.addClassName("larteam-muted");
            content.add(followUps, new Section(new H2(getTranslation("meeting.notes.title")), notesHelp, notes,
                    new Paragraph(versionsLink())), decisions, actions);
        }
        content.add(stateButtons);
        update(details);
    }

    /** The history of the notes (versions kept while edited and on approval). */
    private Anchor versionsLink() {
        Anchor link = new Anchor(CollabLinks.versions(id.notesDocument()), getTranslation("collab.history.link"));
        link.getElement().setAttribute("router-link", true);
        link.setId("notes-versions");
        return link;
    }

    /** Co-edited live (issue #8): the text goes through /collab, which checks access itself on every write. */
    private CollabEditor notesEditor(boolean readOnly) {
        CollabEditor editor = new CollabEditor(id.notesDocument());
        editor.setId("meeting-notes");
        editor.setLabel(getTranslation("meeting.notes"));
        editor.setUser(users.profile(me).displayName(), CollabEditor.colourFor(me.value()));
        editor.setReadOnly(readOnly);
        return editor;
    }

    /** Everything that follows the stored meeting; fields the user is typing in are left alone. */
    private void update(MeetingDetails details) {
        shown = details;
        title = getTranslation("meeting.title", Formats.date(details.summary().date(), getLocale()));
        heading.setText(title);
        when.setText(Formats.when(details.summary(), getLocale()));
        state.setText(getTranslation("meeting.state." + details.summary().state().name().toLowerCase()));
        if (minutes != null) {
            minutes.show(details, agendaReadings);
            updateStateButtons(details);
            return;
        }
        MeetingPlan stored = plan(details);
        if (Objects.equals(planForm.plan(), loadedPlan)) {
            planForm.setPlan(stored);
        }
        loadedPlan = stored;
        boolean readOnly = !details.mayEdit();
        if (attendance.fits(details.attendance(), readOnly)) {
            attendance.update(details.attendance());
        } else {
            AttendanceSection fresh = attendanceSection(details, readOnly);
            content.replace(attendance, fresh);
            attendance = fresh;
        }
        if (details.contentVisible()) {
            agendaReadings.learn(details.agenda());
            agenda.setItems(details.agenda());
            notes.setReadOnly(readOnly);
            decisions.update(details.decisions());
            actions.setMembers(details.attendance());
            actions.update(details.actions());
            if (followUps.fits(details.followUps(), readOnly)) {
                followUps.update(details.followUps());
            } else {
                FollowUpsSection fresh = followUpsSection(details, readOnly);
                content.replace(followUps, fresh);
                followUps = fresh;
            }
        }
        updateStateButtons(details);
    }

    private void updateStateButtons(MeetingDetails details) {
        stateButtons.removeAll();
        if (details.mayEdit() && details.summary().state() == MeetingState.PLANNED) {
            Button held = new Button(getTranslation("meeting.mark-held"),
                    click -> saveSection(() -> meetings.markHeld(me, id), () -> { }, invalid -> { }));
            stateButtons.add(held);
        }
        if (details.mayApprove()) {
            Button approve = new Button(getTranslation("meeting.approve"),
                    click -> saveSection(() -> meetings.approve(me, id), () -> { }, invalid -> { }));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            stateButtons.add(approve);
        }
    }

    private void refresh() {
        if (id == null) {
            return;
        }
        try {
            MeetingDetails details = meetings.details(me, id);
            boolean sameFrame = shown != null && shown.mayEdit() == details.mayEdit()
                    && shown.contentVisible() == details.contentVisible();
            if (sameFrame) {
                update(details);
            } else {
                // Approved or opened: another set of controls. Only the state change itself brings this.
                content.removeAll();
                show(details);
            }
        } catch (NotPermittedException gone) {
            build();
            live.stop();
        }
    }

    /** The minutes as PDF and Markdown: what this person sees, made when they click, in their language. */
    private Paragraph downloads(MeetingDetails details) {
        java.util.Locale language = getLocale();
        String name = "mote-" + details.summary().date();
        Anchor pdf = new Anchor(download(() -> meetings.minutesPdf(me, id, language), name + ".pdf",
                "application/pdf"), getTranslation("meeting.export.pdf"));
        Anchor markdown = new Anchor(download(() -> meetings.minutesMarkdown(me, id, language)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), name + ".md", "text/markdown; charset=UTF-8"),
                getTranslation("meeting.export.markdown"));
        return new Paragraph(pdf, new Span(" · "), markdown);
    }

    private static DownloadHandler download(java.util.function.Supplier<byte[]> content, String fileName, String type) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), fileName, type, bytes.length);
            } catch (NotPermittedException gone) {
                return DownloadResponse.error(403);
            }
        });
    }

    private AttendanceSection attendanceSection(MeetingDetails details, boolean readOnly) {
        AttendanceSection section = new AttendanceSection(details.attendance(), readOnly);
        section.addChangeListener(change -> saveSection(
                () -> meetings.setAttendance(me, id, change.person(), change.attendance()), () -> { }, invalid -> { }));
        return section;
    }

    private FollowUpsSection followUpsSection(MeetingDetails details, boolean readOnly) {
        FollowUpsSection section = new FollowUpsSection(details.followUps(), getLocale(), readOnly);
        section.addSaveListener(save -> saveSection(
                () -> meetings.followUp(me, id, save.actionId(), save.status(), save.comment()), () -> { },
                invalid -> section.showProblem(save.actionId(), message(invalid))));
        return section;
    }

    // ---- saving

    /**
     * Runs one section's save: on success the section hears so, the page shows the stored meeting and says
     * "Sparat"; a refused input goes back to the section, which keeps what was typed.
     */
    private void saveSection(Runnable save, Runnable onSaved, java.util.function.Consumer<InvalidInputException> onInvalid) {
        try {
            save.run();
            onSaved.run();
            refresh();
            Notification.show(getTranslation("meeting.saved"), 3_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            onInvalid.accept(invalid);
            if (invalid.field() == null || invalid.field().equals("state")) {
                error(this, message(invalid));
            }
        } catch (NotPermittedException denied) {
            notPermitted(this);
            refresh();
        }
    }

    private String message(InvalidInputException invalid) {
        return getTranslation(invalid.messageKey(), invalid.arguments());
    }

    static void notPermitted(Component on) {
        error(on, on.getTranslation("error.not-permitted"));
    }

    private static void error(Component on, String text) {
        Notification.show(text, 5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static int index(String field) {
        try {
            return field != null && field.startsWith("agenda.") ? Integer.parseInt(field.substring(7)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static MeetingPlan plan(MeetingDetails details) {
        return new MeetingPlan(details.summary().date(), details.summary().start(), details.summary().end(),
                details.summary().place());
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
