using Book.Core.Exercises;
using Book.Grader.Trusted;

namespace Book.Grader.Exercises;

/// <summary>
/// An exercise ready to grade: its manifest, the compiled public baseline (sent into the sandbox for
/// the benchmark) and the trusted side (kept in this process). Loaded once and reused across a batch.
/// </summary>
public sealed record Exercise(string Directory, string Name, ExerciseManifest Manifest, byte[] BaselineImage, TrustedSide Trusted);
