using Book.Core.Diagnostics;

namespace Book.Site.Writing;

/// <summary>
/// Last stage: writes the whole site into a fresh folder beside the output and swaps it in
/// (<see cref="StagedSite"/>), so a failed build leaves the previous site untouched.
/// </summary>
public static class WriteSite
{
    public static bool Run(SiteOutput output, string outputDirectory, DiagnosticBag diagnostics)
    {
        var staged = StagedSite.Begin(outputDirectory, diagnostics);
        return staged is not null && staged.Write(output) && staged.Commit();
    }
}
