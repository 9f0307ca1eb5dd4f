namespace Book.Search.Indexing;

/// <summary>
/// The token metadata lunr's tokenizer records, which a builder may whitelist into the index
/// (<c>builder.metadataWhitelist = ['position']</c>). Positions are what highlighting needs.
/// </summary>
public static class MetadataKeys
{
    public const string Position = "position";
    public const string Index = "index";
    public const string Fields = "fields";

    public static bool IsKnown(string key) => key is Position or Index or Fields;
}
