package se.larteam.reading.ui;


import com.vaadin.flow.component.UI;
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
import se.larteam.base.InAppLink;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.reading.LibraryOverview;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * Adding a reading: to one's own team (members and process leaders), or straight to the program's library
 * (organisers and process leaders). A mistake is shown on its field and nothing typed is lost.
 */
@Route("program/:programId/bibliotek/ny")
@PermitAll
public class NewReadingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReadingService readings;

    NewReadingView(CurrentUser currentUser, ReadingService readings) {
        this.currentUser = currentUser;
        this.readings = readings;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UserId me = currentUser.require();
        LibraryOverview overview;
        ProgramId program;
        try {
            program = new ProgramId(event.getRouteParameters().get("programId").orElse(""));
            overview = readings.overview(me, program);
        } catch (NotPermittedException | IllegalArgumentException e) {
            add(new H1(getPageTitleText()), new Paragraph(getTranslation("library.not-available")));
            return;
        }
        add(new H1(getPageTitleText()), InAppLink.to(ProgramLinks.library(program), getTranslation("reading.back")));
        PlaceSelect place = new PlaceSelect(overview,
                event.getLocation().getQueryParameters().getSingleParameter("lag").orElse(null));
        if (!place.hasPlaces()) {
            add(new Paragraph(getTranslation("reading.add.not-permitted")));
            return;
        }
        ReadingForm form = new ReadingForm(overview.themes(), getTranslation("reading.add.save"));
        form.addSaveListener(save -> {
            try {
                ReadingId id = place.team() == null ? readings.addToLibrary(me, program, save.draft())
                        : readings.addToTeam(me, place.team(), save.draft());
                Notification.show(getTranslation("reading.added", save.draft().title().strip()), 5_000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate(ReadingLinks.reading(id));
            } catch (InvalidInputException invalid) {
                form.showProblem(invalid.field(), getTranslation(invalid.messageKey(), invalid.arguments()));
            } catch (NotPermittedException refused) {
                form.showProblem(null, getTranslation("reading.add.not-permitted"));
            }
        });
        add(InAppLink.to(ProgramLinks.library(program) + "/import", getTranslation("reading.import.link")));
        add(place, form);
    }

    private String getPageTitleText() {
        return getTranslation("reading.add.title");
    }

    @Override
    public String getPageTitle() {
        return getPageTitleText() + " – " + getTranslation("app.name");
    }
}
