using System.Globalization;

namespace Book.Core.Diagnostics;

/// <summary>
/// One problem found in the user's input. Printed compiler-style:
/// <c>book/ch3.md(41,7): error BK012: unknown cross-reference '@fig-roofline'</c>.
/// Line and column are 1-based; 0 means "unknown".
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string code, string file, int line, int column, string message) =>
        new(Severity.Error, code, file, line, column, message);

    public static Diagnostic Warning(string code, string file, int line, int column, string message) =>
        new(Severity.Warning, code, file, line, column, message);

    public override string ToString()
    {
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Math.Max(Column, 1)})")
            : File;
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{where}: {severity} {Code}: {Message}";
    }
}
