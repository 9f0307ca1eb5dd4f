using System.Globalization;
using Book.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Exercises;

/// <summary>
/// Typed reads from one YAML mapping, each reporting a diagnostic at the offending node's line and
/// column (what is wrong, what to write instead). Unknown keys are reported too: a misspelt key is
/// otherwise silently ignored.
/// </summary>
internal sealed class YamlMappingReader(YamlMappingNode node, string file, DiagnosticBag diagnostics, string context)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMappingNode Node => node;

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Error(node, $"{context} has no '{key}'; add '{key}: ...'");
            }

            return null;
        }

        if (value is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        Error(value, $"'{key}' must be a single value, not a list or mapping");
        return null;
    }

    public int? Int(string key, bool required = true) =>
        Number<int>(key, required, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a whole number");

    public double? Double(string key, bool required = true) =>
        Number<double>(key, required, s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null, "a number");

    public bool? Bool(string key, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        Error(Get(key)!, $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    public YamlMappingReader? Mapping(string key, bool required = true)
    {
        var value = Get(key);
        if (value is YamlMappingNode mapping)
        {
            return new YamlMappingReader(mapping, file, diagnostics, $"'{key}'");
        }

        if (value is not null || required)
        {
            Error(value ?? node, value is null ? $"{context} has no '{key}' section" : $"'{key}' must be a mapping (key: value lines)");
        }

        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = true)
    {
        var value = Get(key);
        if (value is YamlSequenceNode sequence)
        {
            return sequence;
        }

        if (value is not null || required)
        {
            Error(value ?? node, value is null ? $"{context} has no '{key}' list" : $"'{key}' must be a list");
        }

        return null;
    }

    public void ReportUnknownKeys()
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                Warning(key, $"unknown key '{name}' in {context} (ignored); check its spelling against exercises/README.md");
            }
        }
    }

    public void Error(YamlNode at, string message) =>
        diagnostics.Error("EX001", file, (int)at.Start.Line, (int)at.Start.Column, message);

    public void Warning(YamlNode at, string message) =>
        diagnostics.Warning("EX002", file, (int)at.Start.Line, (int)at.Start.Column, message);

    private T? Number<T>(string key, bool required, Func<string, T?> parse, string what)
        where T : struct
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Error(Get(key)!, $"'{key}' must be {what}, not '{text}'");
        }

        return value;
    }
}
