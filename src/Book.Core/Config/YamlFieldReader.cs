using System.Globalization;
using Book.Core.Diagnostics;
using Book.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Config;

/// <summary>
/// Reads typed values out of a YAML mapping, reporting every problem at the node's line and column
/// (wrong type: error; unknown key: warning naming the nearest valid key). Returns null on errors,
/// so the caller keeps its default and goes on: one bad key must not hide the others.
/// </summary>
public sealed class YamlFieldReader(string file, DiagnosticBag diagnostics, int lineOffset = 0)
{
    public string File => file;

    public DiagnosticBag Diagnostics => diagnostics;

    public int Line(YamlNode node) => (int)node.Start.Line + lineOffset;

    public int Column(YamlNode node) => (int)node.Start.Column;

    public void Error(YamlNode node, string code, string message) =>
        diagnostics.Error(code, file, Line(node), Column(node), message);

    public void Warning(YamlNode node, string code, string message) =>
        diagnostics.Warning(code, file, Line(node), Column(node), message);

    /// <summary>Warns about every key that is neither known nor tolerated.</summary>
    public void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> known, IReadOnlyCollection<string>? tolerated = null)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name) || (tolerated?.Contains(name) ?? false))
            {
                continue;
            }

            var nearest = NearestName.FindAny(name, known);
            var hint = nearest is null ? "" : $"; did you mean '{nearest}'?";
            Warning(key, DiagnosticCodes.UnknownKey, $"unknown key '{name}' (ignored){hint}");
        }
    }

    public YamlNode? Node(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return IsNull(v) ? null : v;
            }
        }

        return null;
    }

    public string? String(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        return node is null ? null : AsString(node, key);
    }

    public string? AsString(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        Error(node, DiagnosticCodes.WrongType, $"'{what}' must be a text value, not a {KindName(node)}");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "True" or "yes" }) return true;
        if (node is YamlScalarNode { Value: "false" or "False" or "no" }) return false;
        Error(node, DiagnosticCodes.WrongType, $"'{key}' must be true or false");
        return null;
    }

    public double? Number(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, DiagnosticCodes.WrongType, $"'{key}' must be a number");
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one (as Quarto does).</summary>
    public IReadOnlyList<YamlScalarNode> StringList(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [scalar];
            case YamlSequenceNode sequence:
                var items = new List<YamlScalarNode>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s)
                    {
                        items.Add(s);
                    }
                    else
                    {
                        Error(item, DiagnosticCodes.WrongType, $"items of '{key}' must be text values, not a {KindName(item)}");
                    }
                }

                return items;
            default:
                Error(node, DiagnosticCodes.WrongType, $"'{key}' must be a list of text values, not a {KindName(node)}");
                return [];
        }
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Error(node, DiagnosticCodes.WrongType, $"'{key}' must be a mapping of keys to values, not a {KindName(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        if (node is null or YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }

        Error(node, DiagnosticCodes.WrongType, $"'{key}' must be a list, not a {KindName(node)}");
        return null;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    public static string KindName(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text value",
    };
}
