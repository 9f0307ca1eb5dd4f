using System.Text;
using Book.Core.Diagnostics;

namespace Book.Site.Bibliography;

/// <summary>
/// Stage: reads BibTeX files into a <see cref="BibDatabase"/>.
/// </summary>
/// <remarks>
/// Hand-written on purpose: the NuGet registry we build from serves no maintained .NET BibTeX library
/// (checked in the package list), and we need exact file:line diagnostics and recovery after a bad
/// entry, which a throwing third-party parser would not give.
/// </remarks>
public static class ReadBibTeX
{
    /// <summary>Parses BibTeX text; problems go to <paramref name="diagnostics"/> and parsing continues.</summary>
    /// <param name="file">The name diagnostics and entries carry (a book-relative path).</param>
    public static BibDatabase Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var entries = new BibTeXParser(text, file, diagnostics).Run();
        return new BibDatabase(entries, [file]);
    }

    /// <summary>Reads one .bib file; a missing or unreadable file is an error, not an exception.</summary>
    /// <param name="path">The file system path.</param>
    /// <param name="displayPath">The name used in diagnostics (defaults to <paramref name="path"/>).</param>
    public static BibDatabase FromFile(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(BibliographyCodes.MissingFile, shown, 0, 0,
                $"cannot read the bibliography file: {e.Message}. Check the path in site.yml or the chapter's 'bibliography:' front matter.");
            return new BibDatabase([], [shown]);
        }

        return Parse(text, shown, diagnostics);
    }
}
