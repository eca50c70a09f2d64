package se.larteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every route and layout says explicitly who may open it; only the login page and the two password pages (reached
 * by people who cannot sign in yet) are open to everyone.
 */
class ViewAccessAnnotationsTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(PermitAll.class, AnonymousAllowed.class,
            RolesAllowed.class, DenyAll.class);
    private static final Set<String> PUBLIC_VIEWS = Set.of("se.larteam.security.ui.LoginView",
            "se.larteam.invitation.ui.SetPasswordView", "se.larteam.invitation.ui.ForgotPasswordView");

    @Test
    void everyViewCarriesAnAccessAnnotation() {
        List<Class<?>> views = annotated(Route.class).toList();
        assertThat(views).isNotEmpty();
        Stream.concat(views.stream(), annotated(Layout.class)).forEach(view -> assertThat(
                ACCESS.stream().filter(view::isAnnotationPresent).count())
                .as(view.getName() + " has exactly one access annotation").isEqualTo(1));
    }

    @Test
    void onlyTheLoginPageIsAnonymous() {
        List<String> anonymous = annotated(Route.class).filter(v -> v.isAnnotationPresent(AnonymousAllowed.class))
                .map(Class::getName).toList();
        assertThat(anonymous).containsExactlyInAnyOrderElementsOf(PUBLIC_VIEWS);
    }

    @Test
    void theOutboxIsForSignedInPeopleOnly() throws Exception {
        Class<?> outbox = Class.forName("se.larteam.mail.ui.OutboxView");
        assertThat(outbox.isAnnotationPresent(PermitAll.class)).isTrue();
        assertThat(outbox.isAnnotationPresent(AnonymousAllowed.class)).isFalse();
        assertThat(outbox.getAnnotation(Route.class).value()).isEqualTo("admin/utkorg");
    }

    private static Stream<Class<?>> annotated(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("se.larteam").stream().map(d -> {
            try {
                return Class.forName(d.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
