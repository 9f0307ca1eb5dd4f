namespace Book.Site.Layout;

/// <summary>Diagnostic codes of the theme (BK8xx).</summary>
public static class ThemeDiagnosticCodes
{
    /// <summary>A Liquid template does not parse; the built-in template is used instead.</summary>
    public const string TemplateSyntax = "BK801";

    /// <summary>A Liquid template failed while rendering a page.</summary>
    public const string TemplateRender = "BK802";
}
