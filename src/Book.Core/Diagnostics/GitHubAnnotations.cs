using System.Globalization;
using System.Text;

namespace Book.Core.Diagnostics;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// so a pull request shows each problem on its line. Escaping follows the runner's rules: in the message
/// '%', CR and LF are percent-encoded; in property values ':' and ',' are too.
/// </summary>
public static class GitHubAnnotations
{
    public static string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var builder = new StringBuilder("::").Append(command).Append(' ');
        builder.Append("file=").Append(EscapeProperty(diagnostic.File.Replace('\\', '/')));
        if (diagnostic.Line > 0)
        {
            builder.Append(",line=").Append(diagnostic.Line.ToString(CultureInfo.InvariantCulture));
            builder.Append(",col=").Append(Math.Max(1, diagnostic.Column).ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(",title=").Append(EscapeProperty(diagnostic.Code));
        builder.Append("::").Append(EscapeData(diagnostic.Message));
        return builder.ToString();
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
