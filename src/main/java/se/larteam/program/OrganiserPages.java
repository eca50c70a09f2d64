package se.larteam.program;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;

import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;

/**
 * The frame of a program's settings pages for organisers (meeting template, reflection templates, theme vocabulary):
 * the program named by the route's {@code programId}, for someone who may manage it; anyone else, or an unknown id,
 * is told the program is not available. The service checks again on every call the page makes.
 */
public final class OrganiserPages {

    private OrganiserPages() {
    }

    /** Replaces the page's content: {@code content} builds it for the program, or the page says it is not available. */
    public static <P extends Component & HasComponents> void open(P page, BeforeEnterEvent event,
            ProgramService programs, UserId me, Consumer<ProgramSummary> content) {
        page.removeAll();
        try {
            ProgramSummary summary = programs.get(me, new ProgramId(event.getRouteParameters().get("programId")
                    .orElse("")));
            if (!summary.mayManage()) {
                throw new NotPermittedException("Organisers only");
            }
            content.accept(summary);
        } catch (NotPermittedException | IllegalArgumentException e) {
            page.removeAll();
            page.add(new H1(page.getTranslation("program.not-available.title")),
                    new Paragraph(page.getTranslation("program.not-available")));
        }
    }
}
