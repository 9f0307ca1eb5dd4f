namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>
/// The shortcodes a pipeline knows, by name. Filled before the pipeline is built and only read afterwards,
/// so lookups from parallel parses need no lock.
/// </summary>
public sealed class ShortcodeRegistry
{
    private readonly Dictionary<string, IShortcode> _shortcodes = new(StringComparer.Ordinal);

    /// <summary>The built-in shortcodes: <c>pagebreak</c>, <c>meta</c>, <c>var</c> and <c>margin-video</c>.</summary>
    /// <param name="variables">Values for <c>{{&lt; var name &gt;}}</c> (Quarto's <c>_variables.yml</c>, dotted keys).</param>
    public static ShortcodeRegistry CreateDefault(IReadOnlyDictionary<string, string>? variables = null) =>
        new ShortcodeRegistry()
            .Register(new PagebreakShortcode())
            .Register(new MetaShortcode())
            .Register(new VarShortcode(variables ?? new Dictionary<string, string>()))
            .Register(new MarginVideoShortcode());

    /// <summary>Adds or replaces a shortcode. Returns this registry for chaining.</summary>
    public ShortcodeRegistry Register(IShortcode shortcode)
    {
        _shortcodes[shortcode.Name] = shortcode;
        return this;
    }

    public bool TryGet(string name, out IShortcode shortcode) => _shortcodes.TryGetValue(name, out shortcode!);

    public IEnumerable<string> Names => _shortcodes.Keys.Order(StringComparer.Ordinal);
}
