namespace Book.Cli.Commands;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input (book, exercise, case file) has errors.</summary>
    public const int InputErrors = 1;

    /// <summary>Bad usage: unknown option, missing argument, missing file named on the command line.</summary>
    public const int Usage = 2;

    /// <summary>A fault of the tool itself (a bug): reported, never an unhandled exception.</summary>
    public const int InternalError = 3;
}
