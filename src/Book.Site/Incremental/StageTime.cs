namespace Book.Site.Incremental;

/// <summary>How long one stage of a rebuild took (the live-edit benchmark prints where the time goes).</summary>
public sealed record StageTime(string Stage, double Milliseconds);
