namespace Book.Core.Exercises;

/// <summary>A named group of cases (from the harness) worth some points; all-or-nothing per group.</summary>
public sealed record TestGroup(string Group, int Points, TestVisibility Visibility);
