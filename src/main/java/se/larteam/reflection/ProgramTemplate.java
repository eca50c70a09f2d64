package se.larteam.reflection;

import java.util.List;

/**
 * A guided template of the program's own, beside the built-in {@link ReflectionTemplate}s: a name and its prompts
 * in order, written by the program's organisers. Limits: name {@value ReflectionService#MAX_TEMPLATE_NAME}
 * characters, 1–{@value ReflectionService#MAX_PROMPTS} prompts of at most {@value ReflectionService#MAX_PROMPT}
 * characters each, {@value ReflectionService#MAX_OWN_TEMPLATES} templates per program.
 */
public record ProgramTemplate(String id, String name, List<String> prompts) {

    public ProgramTemplate {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
