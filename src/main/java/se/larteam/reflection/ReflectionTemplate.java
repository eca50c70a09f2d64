package se.larteam.reflection;

import java.util.List;

/**
 * Guided reflection templates a program can enable: a sequence of prompts, each answered in its own field. The
 * prompts are translation keys ({@code reflection.template.<template>.<prompt>}); the editor composes the body
 * from the answers under their headings.
 */
public enum ReflectionTemplate {
    /** Gibbs' reflective cycle. */
    GIBBS(List.of("description", "feelings", "evaluation", "analysis", "conclusion", "action-plan")),
    /** The A–D module cycle. */
    MODULE_CYCLE(List.of("read", "discussed", "tried", "followed-up")),
    /** Following up a "lärande samtal". */
    LEARNING_CONVERSATION(List.of("question", "learned", "try-next"));

    private final List<String> prompts;

    ReflectionTemplate(List<String> prompts) {
        this.prompts = prompts;
    }

    public List<String> prompts() {
        return prompts;
    }

    /** The translation key of a prompt's label. */
    public String key(String prompt) {
        return "reflection.template." + name().toLowerCase().replace('_', '-') + "." + prompt;
    }

    /** The translation key of the template's name. */
    public String nameKey() {
        return "reflection.template." + name().toLowerCase().replace('_', '-');
    }
}
