using Book.Site.Markdown.Extensions.Shortcodes;
using Markdig.Renderers;

namespace Book.Site.Exercises;

/// <summary>
/// <c>{{&lt; exercise 01-quantize-linear &gt;}}</c>: the card of an exercise (by folder name or manifest
/// id). An unknown name is a warning at the chapter's line that lists the known ones, and renders nothing.
/// </summary>
public sealed class ExerciseShortcode(ExerciseCatalog catalog) : IShortcode
{
    public string Name => "exercise";

    public string? Validate(ShortcodeCall call)
    {
        if (call.Arguments.Count == 0)
        {
            return $"'exercise' needs the exercise's folder name: {{{{< exercise 01-quantize-linear >}}}}; known: {catalog.KnownNames}";
        }

        return catalog.Find(call.Argument(0)) is null
            ? $"unknown exercise '{call.Argument(0)}' (renders nothing); known: {catalog.KnownNames}"
            : null;
    }

    public void Render(HtmlRenderer renderer, ShortcodeCall call)
    {
        if (catalog.Find(call.Argument(0)) is not { } exercise)
        {
            return;
        }

        // Chapters are pages at the site root, so the card's links need no "../".
        renderer.Write(call.IsBlock ? RenderExerciseCard.Card(exercise) : RenderExerciseCard.InlineLink(exercise));
    }
}
