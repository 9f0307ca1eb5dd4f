using Book.Core.Model;

namespace Book.Site.Incremental;

/// <summary>
/// Which label ids read differently after an edit: added, removed, or changed in what a cross-reference
/// to it shows or links to (<see cref="Label.DisplayText"/>, <see cref="Label.Href"/>, as
/// HtmlCrossReferenceRenderer writes them). A numbered figure's caption and the definition's line are
/// not shown by references ("Figure 3.2"), so rewording a caption or adding a paragraph above a figure
/// re-renders no other chapter; a figure added before it renumbers it and does.
/// </summary>
public static class LabelChanges
{
    public static HashSet<string> Between(IReadOnlyDictionary<string, Label> before, IReadOnlyDictionary<string, Label> after)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, label) in after)
        {
            if (!before.TryGetValue(id, out var old) || !ReadsTheSame(old, label))
            {
                changed.Add(id);
            }
        }

        changed.UnionWith(before.Keys.Where(id => !after.ContainsKey(id)));
        return changed;
    }

    private static bool ReadsTheSame(Label a, Label b) =>
        a.Kind == b.Kind && a.DisplayText == b.DisplayText && a.Href == b.Href;
}
