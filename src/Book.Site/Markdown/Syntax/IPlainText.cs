namespace Book.Site.Markdown.Syntax;

/// <summary>An inline of ours that has a plain-text form (math, shortcodes) for alt text and titles.</summary>
public interface IPlainText
{
    string PlainText { get; }
}
