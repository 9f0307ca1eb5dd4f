namespace Book.Site.Search;

/// <summary>What <see cref="WriteSearchIndex"/> wrote: paths relative to the output folder and sizes in bytes.</summary>
public sealed record SearchIndexFiles(string IndexJson, string StoreJson, string IndexScript, long IndexBytes, long ScriptBytes, int Documents);
