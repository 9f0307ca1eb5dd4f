namespace Book.Grader.Checking;

/// <summary>One wrong element of an output: which output, where, what was expected and what came back.</summary>
public sealed record Mismatch(string Output, int Index, string Expected, string Got);
