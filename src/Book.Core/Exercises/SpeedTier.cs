namespace Book.Core.Exercises;

/// <summary>Points earned when the submission is at least <see cref="Speedup"/> times faster than the baseline.</summary>
public sealed record SpeedTier(double Speedup, int Points);
