package se.larteam.reflection;

/**
 * A guided template a member may choose for a reflection: one of the built-in {@link ReflectionTemplate}s the
 * program has enabled ({@code builtIn}), or one of the program's own ({@code ownId}, with its {@code name}).
 */
public record TemplateChoice(ReflectionTemplate builtIn, String ownId, String name) {

    public static TemplateChoice builtIn(ReflectionTemplate template) {
        return new TemplateChoice(template, null, null);
    }

    public static TemplateChoice own(ProgramTemplate template) {
        return new TemplateChoice(null, template.id(), template.name());
    }
}
