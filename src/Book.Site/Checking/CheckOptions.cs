namespace Book.Site.Checking;

/// <summary>What <c>book check</c> is asked to do beyond the build's checks.</summary>
public sealed record CheckOptions
{
    /// <summary>Also request every external link (HEAD, then GET) and report those that fail.</summary>
    public bool Online { get; init; }

    /// <summary>Time allowed for one external request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The folder of exercise folders to validate (default: <c>exercises</c> beside site.yml), if it exists.</summary>
    public string? ExercisesFolder { get; init; }
}
