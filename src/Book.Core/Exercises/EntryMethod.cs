namespace Book.Core.Exercises;

/// <summary>
/// One kernel method of the entry type: its C# signature as shown to students, the names of the
/// output parameters it fills, and the tolerance used to compare float outputs.
/// </summary>
public sealed record EntryMethod(string Name, string Signature, IReadOnlyList<string> Outputs, Tolerance Tolerance);
