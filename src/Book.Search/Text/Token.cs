namespace Book.Search.Text;

/// <summary>
/// One token of a field: its (possibly transformed) text and the metadata lunr.js records for it.
/// <paramref name="Start"/> and <paramref name="Length"/> are UTF-16 offsets into the lower-cased field
/// text (lunr's <c>position</c>); <paramref name="Index"/> is the token's ordinal in the field.
/// </summary>
public readonly record struct Token(string Value, int Start, int Length, int Index)
{
    public Token WithValue(string value) => this with { Value = value };

    public override string ToString() => Value;
}
