using System.Collections.Concurrent;
using Book.Core.Config;
using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using Book.Site.Model;

namespace Book.Site.Resolving;

/// <summary>
/// Reads the site-wide BibTeX files and each chapter's own (front matter <c>bibliography:</c>), each
/// file once however many chapters name it. A chapter sees its own entries first, then the site's;
/// author–year labels ("2016a") are decided over the whole book so a citation and the references
/// page agree.
/// </summary>
public static class LoadBibliographies
{
    public static void Run(BookModel book, DiagnosticBag diagnostics)
    {
        var cache = new ConcurrentDictionary<string, Lazy<BibDatabase>>(StringComparer.Ordinal);
        BibDatabase Read(string path) => cache.GetOrAdd(path, p =>
            new Lazy<BibDatabase>(() => ReadBibTeX.FromFile(p, diagnostics, ReadSiteConfig.DisplayName(p)))).Value;

        var site = BibDatabase.Merge(book.Config.Bibliography.Select(Read));
        Parallel.ForEach(book.Chapters.SelectMany(c => c.FrontMatter.Bibliography).Distinct(), path => Read(path));
        var all = BibDatabase.Merge(book.Config.Bibliography.Concat(book.Chapters.SelectMany(c => c.FrontMatter.Bibliography))
            .Distinct(StringComparer.Ordinal).Select(Read));
        book.Bibliography = all;
        foreach (var chapter in book.Chapters)
        {
            var own = chapter.FrontMatter.Bibliography.Select(Read).Append(site);
            chapter.Bibliography = BibDatabase.Merge(own).WithLabelsFrom(all);
        }
    }
}
