using System.Text;
using Book.Core.Diagnostics;
using Book.Site.Bibliography;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Site.Glossary;

/// <summary>
/// Stage: reads <c>glossary.yml</c>, a list of <c>{term, id, aliases, definition}</c>. Malformed entries
/// and duplicate terms, aliases or ids are reported at file:line and skipped; the rest is kept.
/// </summary>
public static class ReadGlossary
{
    private static readonly HashSet<string> KnownKeys = ["term", "id", "aliases", "definition"];

    public static IReadOnlyList<GlossaryTerm> FromFile(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        try
        {
            return Parse(File.ReadAllText(path, new UTF8Encoding(false, false)), shown, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(BibliographyCodes.MalformedGlossary, shown, 0, 0, $"cannot read the glossary: {e.Message}");
            return [];
        }
    }

    public static IReadOnlyList<GlossaryTerm> Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Error(BibliographyCodes.MalformedGlossary, file, (int)e.Start.Line, (int)e.Start.Column,
                $"the glossary is not valid YAML: {e.Message}");
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Error(BibliographyCodes.MalformedGlossary, file, (int)root.Start.Line, (int)root.Start.Column,
                "the glossary must be a YAML list of entries: '- term: …' with 'id', 'aliases' and 'definition'");
            return [];
        }

        var terms = new List<GlossaryTerm>();
        var byName = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        var byId = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var term = ReadEntry(node, file, diagnostics);
            if (term is null)
            {
                continue;
            }

            if (byId.TryGetValue(term.Id, out var sameId))
            {
                Duplicate(diagnostics, file, node, $"duplicate glossary id '{term.Id}' (also used by '{sameId.Term}' at line {sameId.Line}); give each term its own id");
                continue;
            }

            var clash = new[] { term.Term }.Concat(term.Aliases).FirstOrDefault(byName.ContainsKey);
            if (clash is not null)
            {
                var other = byName[clash];
                Duplicate(diagnostics, file, node, $"duplicate glossary term '{clash}' (already defined by '{other.Term}' at line {other.Line}); define each term once");
                continue;
            }

            byId.Add(term.Id, term);
            foreach (var name in new[] { term.Term }.Concat(term.Aliases))
            {
                byName.TryAdd(name, term);
            }

            terms.Add(term);
        }

        return terms;
    }

    private static GlossaryTerm? ReadEntry(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
        {
            Malformed(diagnostics, file, node, "a glossary entry must be a mapping with 'term' and 'definition'");
            return null;
        }

        string? term = null, id = null, definition = null;
        var aliases = new List<string>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            switch (key)
            {
                case "term":
                    term = Scalar(valueNode, "term", file, diagnostics);
                    break;
                case "id":
                    id = Scalar(valueNode, "id", file, diagnostics);
                    break;
                case "definition":
                    definition = Scalar(valueNode, "definition", file, diagnostics);
                    break;
                case "aliases":
                    aliases.AddRange(Aliases(valueNode, file, diagnostics));
                    break;
                default:
                    diagnostics.Warning(BibliographyCodes.MalformedGlossary, file, (int)keyNode.Start.Line, (int)keyNode.Start.Column,
                        $"unknown glossary key '{key}' is ignored; the keys are {string.Join(", ", KnownKeys)}");
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(term) || string.IsNullOrWhiteSpace(definition))
        {
            Malformed(diagnostics, file, node, $"glossary entry {(term is null ? string.Empty : $"'{term}' ")}needs both a 'term' and a 'definition'");
            return null;
        }

        id = string.IsNullOrWhiteSpace(id) ? Slug(term) : id.Trim();
        return new GlossaryTerm(term.Trim(), id, aliases.Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            definition.Trim(), file, line);
    }

    private static string? Scalar(YamlNode node, string key, string file, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Malformed(diagnostics, file, node, $"'{key}' must be text, not a list or mapping");
        return null;
    }

    private static IEnumerable<string> Aliases(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } single }:
                return [single.Trim()];
            case YamlSequenceNode sequence:
                return sequence.Children.Select(child => Scalar(child, "aliases", file, diagnostics)?.Trim() ?? string.Empty).ToList();
            default:
                Malformed(diagnostics, file, node, "'aliases' must be a list of strings");
                return [];
        }
    }

    /// <summary>"Zero point" → "zero-point": the id used when an entry gives none.</summary>
    public static string Slug(string term)
    {
        var slug = new StringBuilder();
        foreach (var c in term.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    private static void Malformed(DiagnosticBag diagnostics, string file, YamlNode node, string message) =>
        diagnostics.Error(BibliographyCodes.MalformedGlossary, file, (int)node.Start.Line, (int)node.Start.Column, message);

    private static void Duplicate(DiagnosticBag diagnostics, string file, YamlNode node, string message) =>
        diagnostics.Error(BibliographyCodes.DuplicateGlossaryTerm, file, (int)node.Start.Line, (int)node.Start.Column, message);
}
