namespace Book.Site.Bibliography;

/// <summary>
/// Internal control flow of <see cref="BibTeXParser"/>: thrown at a syntax error, caught in the same
/// parser's loop and turned into a diagnostic. Never escapes the parser.
/// </summary>
internal sealed class BibSyntaxException(int position, string message) : Exception(message)
{
    public int Position { get; } = position;
}
