namespace Book.Search.Querying;

/// <summary>One lexeme of lunr's query lexer; <see cref="Text"/> has escape backslashes removed.</summary>
public sealed record Lexeme(LexemeType Type, string Text, int Start, int End);
