package se.larteam.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.notification.Notification;
import se.larteam.notification.NotificationService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Every public method of {@link ReflectionService} and {@link NotificationService} × role × the reflection's
 * visibility (a draft, or shared privately, with process leaders, with the team) × own or foreign team. A public
 * method without a row fails {@link #everyPublicMethodHasARow()}.
 */
@SpringBootTest
class ReflectionAccessTest {

    enum Role { AUTHOR, OTHER_MEMBER, PROCESS_LEADER, ORGANISER, READER, OUTSIDER, ADMIN }

    /** DRAFT: not shared yet (its visibility says team, which must not matter). */
    enum Seen { DRAFT, PRIVATE, PROCESS_LEADERS, TEAM }

    enum Outcome { OK, DENIED, INVALID }

    record Case(Role role, Seen seen, boolean foreign) {
        boolean own() {
            return !foreign;
        }

        boolean shared() {
            return seen != Seen.DRAFT;
        }

        /** What the rules say: the author sees their own; others what is shared with them; organisers never. */
        boolean sees() {
            if (foreign) {
                return false;
            }
            return switch (role) {
                case AUTHOR -> true;
                case PROCESS_LEADER -> seen == Seen.PROCESS_LEADERS || seen == Seen.TEAM;
                case OTHER_MEMBER -> seen == Seen.TEAM;
                default -> false;
            };
        }

        boolean commentable() {
            return sees() && shared() && seen != Seen.PRIVATE;
        }

        boolean insideTeam() {
            return own() && (role == Role.AUTHOR || role == Role.OTHER_MEMBER || role == Role.PROCESS_LEADER);
        }

        Outcome allowedIf(boolean allowed) {
            return allowed ? Outcome.OK : Outcome.DENIED;
        }
    }

    @FunctionalInterface
    interface Check {
        void run(ReflectionAccessTest test, Fixture f, Case c);
    }

    /** The world, the actor, the target side, and a reflection of the target team's member as the case says. */
    record Fixture(World world, UserId actor, World.Side target, ReflectionId reflection) {
    }

    record Row(String method, Check check) {
    }

    static final List<Row> ROWS = List.of(
            new Row("ReflectionService.create", (t, f, c) -> t.expect(c.allowedIf(c.insideTeam()),
                    () -> t.reflections.create(f.actor(), draft(f.target(), Visibility.TEAM)))),
            new Row("ReflectionService.update", (t, f, c) -> t.expect(c.allowedIf(c.own() && c.role() == Role.AUTHOR),
                    () -> t.reflections.update(f.actor(), f.reflection(), draft(f.target(), visibility(c.seen()))))),
            new Row("ReflectionService.share", (t, f, c) -> t.expect(c.allowedIf(c.own() && c.role() == Role.AUTHOR),
                    () -> t.reflections.share(f.actor(), t.reflections.create(f.target().member(),
                            draft(f.target(), visibility(c.seen())))))),
            new Row("ReflectionService.changeVisibility", (t, f, c) -> t.expect(
                    c.allowedIf(c.own() && c.role() == Role.AUTHOR),
                    () -> t.reflections.changeVisibility(f.actor(), f.reflection(), Visibility.PRIVATE))),
            new Row("ReflectionService.details", (t, f, c) -> t.expect(c.allowedIf(c.sees()),
                    () -> assertThat(t.reflections.details(f.actor(), f.reflection()).summary().id())
                            .isEqualTo(f.reflection()))),
            new Row("ReflectionService.myReflections", (t, f, c) -> assertThat(t.reflections.myReflections(f.actor()))
                    .extracting(ReflectionSummary::id).as("in my log")
                    .matches(ids -> ids.contains(f.reflection()) == (c.own() && c.role() == Role.AUTHOR))),
            new Row("ReflectionService.myReflectionsByTheme", (t, f, c) -> assertThat(t.reflections
                    .myReflectionsByTheme(f.actor()).stream().flatMap(g -> g.reflections().stream()))
                    .extracting(ReflectionSummary::id).as("in my log by theme")
                    .matches(ids -> ids.contains(f.reflection()) == (c.own() && c.role() == Role.AUTHOR))),
            new Row("ReflectionService.teamReflections", (t, f, c) -> {
                boolean seesTeam = c.own() ? Set.of(Role.AUTHOR, Role.OTHER_MEMBER, Role.PROCESS_LEADER,
                        Role.ORGANISER, Role.ADMIN).contains(c.role()) : c.role() == Role.ADMIN;
                t.expect(c.allowedIf(seesTeam), () -> assertThat(t.reflections.teamReflections(f.actor(),
                        f.target().team())).extracting(ReflectionSummary::id).as("listed for the team")
                        .matches(ids -> ids.contains(f.reflection()) == (c.sees() && c.shared())));
            }),
            new Row("ReflectionService.inbox", (t, f, c) -> assertThat(t.reflections.inbox(f.actor()))
                    .extracting(i -> i.reflection().id()).as("in the inbox")
                    .matches(ids -> ids.contains(f.reflection()) == (c.role() == Role.PROCESS_LEADER && c.commentable()))),
            new Row("ReflectionService.markHandled", (t, f, c) -> t.expect(
                    c.allowedIf(c.role() == Role.PROCESS_LEADER && c.sees()),
                    () -> t.reflections.markHandled(f.actor(), f.reflection()))),
            new Row("ReflectionService.addComment", (t, f, c) -> t.expect(c.allowedIf(c.commentable()),
                    () -> t.reflections.addComment(f.actor(), f.reflection(), null, "En tanke"))),
            new Row("ReflectionService.editComment", (t, f, c) -> {
                String comment = t.authorComment(f, c);
                t.expect(c.allowedIf(c.role() == Role.AUTHOR && c.commentable()),
                        () -> t.reflections.editComment(f.actor(), f.reflection(), comment, "Ändrad"));
            }),
            new Row("ReflectionService.deleteComment", (t, f, c) -> {
                String comment = t.authorComment(f, c);
                // The author sees their draft or private reflection, which has no comments to delete.
                Outcome outcome = c.role() == Role.AUTHOR && c.own()
                        ? (c.commentable() ? Outcome.OK : Outcome.INVALID) : Outcome.DENIED;
                t.expect(outcome, () -> t.reflections.deleteComment(f.actor(), f.reflection(), comment));
            }),
            new Row("ReflectionService.templates", (t, f, c) -> t.expect(c.allowedIf(c.own()
                    ? c.role() != Role.OUTSIDER : c.role() == Role.ADMIN),
                    () -> t.reflections.templates(f.actor(), f.target().program()))),
            new Row("ReflectionService.setTemplates", (t, f, c) -> t.expect(c.allowedIf(c.own()
                    ? c.role() == Role.ORGANISER || c.role() == Role.ADMIN : c.role() == Role.ADMIN),
                    () -> t.reflections.setTemplates(f.actor(), f.target().program(),
                            List.of(ReflectionTemplate.GIBBS)))),
            new Row("ReflectionService.ownTemplates", (t, f, c) -> t.expect(c.allowedIf(c.own()
                    ? c.role() != Role.OUTSIDER : c.role() == Role.ADMIN),
                    () -> t.reflections.ownTemplates(f.actor(), f.target().program()))),
            new Row("ReflectionService.templateChoices", (t, f, c) -> t.expect(c.allowedIf(c.own()
                    ? c.role() != Role.OUTSIDER : c.role() == Role.ADMIN),
                    () -> t.reflections.templateChoices(f.actor(), f.target().program()))),
            new Row("ReflectionService.addOwnTemplate", (t, f, c) -> t.expect(c.allowedIf(c.own()
                    ? c.role() == Role.ORGANISER || c.role() == Role.ADMIN : c.role() == Role.ADMIN),
                    // Removed again: a program holds at most 20 templates of its own.
                    () -> t.reflections.removeOwnTemplate(f.target().organiser(), f.target().program(),
                            t.reflections.addOwnTemplate(f.actor(), f.target().program(),
                                    "Mall " + java.util.UUID.randomUUID(), List.of("Fråga"))))),
            new Row("ReflectionService.updateOwnTemplate", (t, f, c) -> {
                String id = t.reflections.addOwnTemplate(f.target().organiser(), f.target().program(),
                        "Mall " + java.util.UUID.randomUUID(), List.of("Fråga"));
                t.expect(c.allowedIf(c.own() ? c.role() == Role.ORGANISER || c.role() == Role.ADMIN
                        : c.role() == Role.ADMIN), () -> t.reflections.updateOwnTemplate(f.actor(),
                                f.target().program(), id, "Ändrad " + id, List.of("Ny fråga")));
                t.reflections.removeOwnTemplate(f.target().organiser(), f.target().program(), id);
            }),
            new Row("ReflectionService.removeOwnTemplate", (t, f, c) -> {
                String id = t.reflections.addOwnTemplate(f.target().organiser(), f.target().program(),
                        "Mall " + java.util.UUID.randomUUID(), List.of("Fråga"));
                t.expect(c.allowedIf(c.own() ? c.role() == Role.ORGANISER || c.role() == Role.ADMIN
                        : c.role() == Role.ADMIN), () -> t.reflections.removeOwnTemplate(f.actor(),
                                f.target().program(), id));
                t.reflections.ownTemplates(f.target().organiser(), f.target().program()).stream()
                        .filter(o -> o.id().equals(id)).forEach(o -> t.reflections.removeOwnTemplate(
                                f.target().organiser(), f.target().program(), id));
            }),
            new Row("NotificationService.mine", (t, f, c) -> {
                ReflectionId id = t.sharedWithLeadersThen(f, c);
                assertThat(t.notifications.mine(f.actor())).extracting(Notification::link).as("notified")
                        .matches(links -> links.contains(ReflectionLinks.reflection(id))
                                == (c.role() == Role.PROCESS_LEADER && c.sees()));
            }),
            new Row("NotificationService.unreadCount", (t, f, c) -> {
                // From zero: the shared world's process leader has had many notifications, and only the newest are kept.
                t.notifications.markAllRead(f.actor(), t.notifications.mine(f.actor()).stream().map(Notification::id)
                        .toList());
                t.sharedWithLeadersThen(f, c);
                assertThat(t.notifications.unreadCount(f.actor()))
                        .isEqualTo(c.role() == Role.PROCESS_LEADER && c.sees() ? 1 : 0);
            }),
            new Row("NotificationService.markRead", (t, f, c) -> {
                t.sharedWithLeadersThen(f, c);
                int before = t.notifications.unreadCount(f.actor());
                t.notifications.mine(f.actor()).stream().filter(n -> !n.read()).findFirst()
                        .ifPresent(n -> t.notifications.markRead(f.actor(), n.id()));
                t.notifications.markRead(f.actor(), "someone-elses-or-none");
                assertThat(t.notifications.unreadCount(f.actor())).isEqualTo(Math.max(0, before - 1));
            }),
            new Row("NotificationService.markAllRead", (t, f, c) -> {
                t.sharedWithLeadersThen(f, c);
                t.notifications.markAllRead(f.actor(), t.notifications.mine(f.actor()).stream().map(Notification::id)
                        .toList());
                assertThat(t.notifications.unreadCount(f.actor())).isZero();
            }));

    /** Acts for nobody: called by services after their own checks (see AccessMatrixTest). */
    static final Set<String> EXEMPT = Set.of("NotificationService.notify");

    private static World world;
    private static UserId otherMemberA;

    @Autowired
    ReflectionService reflections;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                for (Seen seen : Seen.values()) {
                    for (boolean foreign : new boolean[] { false, true }) {
                        cases.add(Arguments.of(row.method(), new Case(role, seen, foreign), row));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void serviceEnforcesVisibility(String method, Case c, Row row) {
        World w = world();
        World.Side target = c.foreign() ? w.b() : w.a();
        ReflectionId reflection = reflections.create(target.member(), draft(target, visibility(c.seen())));
        if (c.shared()) {
            reflections.share(target.member(), reflection);
        }
        row.check().run(this, new Fixture(w, actor(w, c.role()), target, reflection), c);
    }

    @Test
    void everyPublicMethodHasARow() {
        Set<String> methods = Stream.of(ReflectionService.class, NotificationService.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .map(m -> type.getSimpleName() + "." + m.getName()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = new TreeSet<>(EXEMPT);
        ROWS.forEach(r -> covered.add(r.method()));
        assertThat(covered).as("rows for every public method, and none for missing ones").isEqualTo(methods);
    }

    // ---- helpers

    private void expect(Outcome outcome, Runnable call) {
        switch (outcome) {
            case OK -> assertThatCode(call::run).doesNotThrowAnyException();
            case DENIED -> assertThatThrownBy(call::run).isInstanceOf(NotPermittedException.class);
            case INVALID -> assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class);
        }
    }

    /** A comment by the reflection's author where one is possible; else an id that names nothing. */
    private String authorComment(Fixture f, Case c) {
        boolean possible = c.shared() && c.seen() != Seen.PRIVATE;
        return possible ? reflections.addComment(f.target().member(), f.reflection(), null, "Min kommentar")
                : "no-such-comment";
    }

    /** A fresh reflection shared with the process leaders (who are notified), then set as the case says. */
    private ReflectionId sharedWithLeadersThen(Fixture f, Case c) {
        ReflectionId id = reflections.create(f.target().member(), draft(f.target(), Visibility.PROCESS_LEADERS));
        if (c.seen() == Seen.DRAFT) {
            return id;
        }
        reflections.share(f.target().member(), id);
        reflections.changeVisibility(f.target().member(), id, visibility(c.seen()));
        return id;
    }

    private static ReflectionDraft draft(World.Side side, Visibility visibility) {
        return new ReflectionDraft(side.team(), null, "", "Efter mötet", "Det här tar jag med mig.", visibility);
    }

    private static Visibility visibility(Seen seen) {
        return seen == Seen.DRAFT ? Visibility.TEAM : Visibility.valueOf(seen.name());
    }

    private synchronized World world() {
        if (world == null) {
            world = World.create(users, programs, teams);
            otherMemberA = world.a().spare();
            teams.putMember(world.a().organiser(), world.a().team(), otherMemberA, TeamRole.MEMBER);
        }
        return world;
    }

    private static UserId actor(World w, Role role) {
        return switch (role) {
            case AUTHOR -> w.a().member();
            case OTHER_MEMBER -> otherMemberA;
            case PROCESS_LEADER -> w.a().processLeader();
            case ORGANISER -> w.a().organiser();
            case READER -> w.a().reader();
            case OUTSIDER -> w.outsider();
            case ADMIN -> w.admin();
        };
    }
}
