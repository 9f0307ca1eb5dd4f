namespace Book.Search.Serialization;

/// <summary>A serialized index that is not lunr 2.3.9's format; the message says what is wrong where.</summary>
public sealed class IndexFormatException(string message) : FormatException(message);
