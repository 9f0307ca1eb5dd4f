namespace Book.Core.Exercises;

/// <summary>The type a submission implements (<c>entry.type</c>, full name) and its methods.</summary>
public sealed record ExerciseEntry(string Type, IReadOnlyList<EntryMethod> Methods);
