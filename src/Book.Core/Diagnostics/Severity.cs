namespace Book.Core.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
