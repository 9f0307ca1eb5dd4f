namespace Book.Site.Tests.Exercises;

/// <summary>A fact that runs the <c>dotnet</c> CLI; skipped (not passed) when it is not on PATH.</summary>
public sealed class DotnetFactAttribute : FactAttribute
{
    public DotnetFactAttribute()
    {
        if (DotnetCli.Path is null)
        {
            Skip = "the dotnet CLI is not on PATH; install the .NET 10 SDK to run the starter download with dotnet test";
        }
    }
}
