package se.larteam.program;

import se.larteam.live.Audience;
import se.larteam.live.Topic;

/** The live-update vocabulary of programs: one topic per program, followed by everyone with a role in it. */
public final class ProgramLive {

    /** Organisers, participants and readers of the program, and administrators. */
    public static final String SCOPE = "program";

    private ProgramLive() {
    }

    public static Topic topic(ProgramId program) {
        return new Topic(SCOPE, program.value());
    }

    static Audience everyoneIn(ProgramId program) {
        return Audience.of(SCOPE, program.value());
    }
}
