using System.Collections.Concurrent;
using Fluid;

// Fluid marks its template cache experimental (FLUID001); we only fill it with templates we parsed
// ourselves, the use it is made for, and the theme tests would catch a change of contract.
#pragma warning disable FLUID001

namespace Book.Site.Layout;

/// <summary>
/// Fluid's cache of included templates, filled up front with the partials <see cref="ApplyLayout"/> has
/// already parsed (and whose syntax errors it has reported), so no page ever parses a template again.
/// </summary>
internal sealed class ParsedTemplateCache : ITemplateCache
{
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public void Add(string subpath, IFluidTemplate template) => _templates[Normalize(subpath)] = template;

    public bool TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template) =>
        _templates.TryGetValue(Normalize(subpath), out template!);

    public void SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template) =>
        _templates[Normalize(subpath)] = template;

    private static string Normalize(string subpath) => subpath.TrimStart('/').Replace('\\', '/');
}
