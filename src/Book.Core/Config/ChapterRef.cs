namespace Book.Core.Config;

/// <summary>
/// A chapter file named in <c>site.yml</c>.
/// </summary>
/// <param name="Path">Absolute path of the Markdown file.</param>
/// <param name="RelativePath">The path under the book folder with '/' separators (<c>quantization.md</c>).</param>
/// <param name="Matter">Front matter, a part's chapter, or back matter (decides numbering).</param>
/// <param name="Line">Line of the entry in site.yml (for "listed twice" and similar diagnostics).</param>
/// <param name="Column">Column of the entry in site.yml.</param>
public sealed record ChapterRef(string Path, string RelativePath, Matter Matter, int Line, int Column);
