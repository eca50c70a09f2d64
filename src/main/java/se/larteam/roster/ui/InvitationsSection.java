package se.larteam.roster.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import se.larteam.base.NotPermittedException;
import se.larteam.base.Time;
import se.larteam.invitation.InvitationService;
import se.larteam.invitation.Invitee;
import se.larteam.invitation.LinkValidity;
import se.larteam.program.ProgramId;
import se.larteam.user.UserId;

/**
 * The program's people and their accounts: who can sign in, who was invited when, a button to invite everyone due,
 * and one per person to (re)send. Invitations are only for people without a password.
 */
class InvitationsSection extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Time.STOCKHOLM);

    private final InvitationService invitations;
    private final UserId me;
    private final ProgramId program;
    private final Button inviteAll = new Button();
    private final Paragraph status = new Paragraph();
    private final Grid<Invitee> grid = new Grid<>();

    InvitationsSection(InvitationService invitations, UserId me, ProgramId program) {
        this.invitations = invitations;
        this.me = me;
        this.program = program;
        inviteAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteAll.addClickListener(click -> {
            int sent = invitations.inviteAll(me, program);
            show(getTranslation("invitations.sent", sent));
            refresh();
        });
        grid.addColumn(Invitee::displayName).setHeader(getTranslation("roster.column.name"));
        grid.addColumn(Invitee::email).setHeader(getTranslation("roster.column.email"));
        grid.addColumn(this::state).setHeader(getTranslation("invitations.state"));
        grid.addComponentColumn(this::action).setKey("action").setHeader(getTranslation("invitations.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("invitations.title"));
        var validFor = LinkValidity.wording(invitations.validity().invitation());
        add(new H2(getTranslation("invitations.title")), new Paragraph(getTranslation("invitations.help",
                getTranslation(validFor.getKey(), validFor.getValue()))), status,
                inviteAll, grid);
        refresh();
    }

    /** Reads the people again, after an import, an added person or a sent invitation. */
    void refresh() {
        List<Invitee> people = invitations.overview(me, program);
        long due = people.stream().filter(Invitee::due).count();
        long active = people.stream().filter(Invitee::active).count();
        status.setText(getTranslation("invitations.status", people.size(), active, due));
        inviteAll.setText(getTranslation("invitations.invite-all", due));
        inviteAll.setEnabled(due > 0);
        grid.setItems(people);
        if (people.size() <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setAllRowsVisible(false);
            grid.setHeight("24rem");
        }
    }

    /** Invites one person and reads the list again; returns what to tell the organiser. */
    String invite(UserId person, String name) {
        String result;
        try {
            boolean sent = invitations.invite(me, program, person);
            result = getTranslation(sent ? "invitations.sent-one" : "invitations.already-active", name);
        } catch (NotPermittedException e) {
            result = getTranslation("roster.not-permitted");
        }
        refresh();
        return result;
    }

    private String state(Invitee invitee) {
        if (invitee.active()) {
            return getTranslation("invitations.state.active");
        }
        return invitee.lastInvited() == null ? getTranslation("invitations.state.not-invited")
                : getTranslation("invitations.state.invited", DAY.format(invitee.lastInvited()));
    }

    private com.vaadin.flow.component.Component action(Invitee invitee) {
        if (invitee.active()) {
            return new Span();
        }
        Button send = new Button(getTranslation(invitee.lastInvited() == null ? "invitations.invite" : "invitations.resend"),
                click -> show(invite(invitee.id(), invitee.displayName())));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        send.setAriaLabel(getTranslation("invitations.invite-one", invitee.displayName()));
        return send;
    }

    private void show(String text) {
        Notification.show(text, 8_000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
