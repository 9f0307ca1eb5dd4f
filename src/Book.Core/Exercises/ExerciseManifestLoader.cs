using System.Globalization;
using System.Text.RegularExpressions;
using Book.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Exercises;

/// <summary>
/// Reads <c>exercise.yml</c> into an <see cref="ExerciseManifest"/>, checking the schema of
/// <c>exercises/README.md</c> as it goes: every problem is a diagnostic at the file's line and column.
/// Returns null when the manifest has errors.
/// </summary>
public static partial class ExerciseManifestLoader
{
    public static ExerciseManifest? Load(string path, DiagnosticBag diagnostics, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        if (!File.Exists(path))
        {
            diagnostics.Error("EX000", shown, 0, 0, "exercise.yml not found; every exercise folder needs one (see exercises/README.md)");
            return null;
        }

        return Parse(File.ReadAllText(path), shown, diagnostics);
    }

    public static ExerciseManifest? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error("EX000", file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.Message}");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some malformed input (an unclosed flow sequence).
            diagnostics.Error("EX000", file, 1, 1, $"not valid YAML: {e.Message}; check brackets and quotes");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error("EX000", file, 1, 1, "exercise.yml must be a mapping (id:, title:, entry:, tests:, ...)");
            return null;
        }

        var top = new YamlMappingReader(root, file, diagnostics, "exercise.yml");
        var id = top.String("id");
        if (id is not null && !KebabCase().IsMatch(id))
        {
            top.Error(top.Get("id")!, $"id '{id}' must be kebab-case (lower-case letters, digits and '-')");
        }

        var title = top.String("title");
        var chapter = top.String("chapter");
        var points = top.Int("points");
        var op = top.String("operator", required: false);
        var entry = ReadEntry(top, file, diagnostics);
        var allowUnsafe = top.Bool("allow_unsafe", required: false) ?? false;
        var limits = ReadLimits(top);
        var tests = ReadTests(top, file, diagnostics);
        var benchmark = ReadBenchmark(top, entry);
        top.ReportUnknownKeys();

        if (diagnostics.ErrorCount > before || id is null || title is null || chapter is null || points is null || entry is null)
        {
            return null;
        }

        var manifest = new ExerciseManifest(id, title, chapter, points.Value, op, entry, allowUnsafe, limits, tests, benchmark);
        if (manifest.TestPoints + manifest.TierPoints != manifest.Points)
        {
            top.Error(top.Get("points")!, string.Create(CultureInfo.InvariantCulture,
                $"points is {manifest.Points} but the test groups give {manifest.TestPoints} and the speed tiers {manifest.TierPoints} (sum {manifest.TestPoints + manifest.TierPoints}); make them agree"));
            return null;
        }

        return manifest;
    }

    private static ExerciseEntry? ReadEntry(YamlMappingReader top, string file, DiagnosticBag diagnostics)
    {
        var entry = top.Mapping("entry");
        if (entry is null)
        {
            return null;
        }

        var type = entry.String("type");
        if (type is not null && !DottedName().IsMatch(type))
        {
            entry.Error(entry.Get("type")!, $"entry.type '{type}' must be a full type name such as Kernels.QuantizeLinear");
        }

        var methods = new List<EntryMethod>();
        var list = entry.Sequence("methods");
        foreach (var item in list?.Children ?? [])
        {
            if (item is not YamlMappingNode node)
            {
                entry.Error(item, "each entry method must be a mapping with name, signature and outputs");
                continue;
            }

            var m = new YamlMappingReader(node, file, diagnostics, "an entry method");
            var method = ReadMethod(m);
            m.ReportUnknownKeys();
            if (method is null)
            {
                continue;
            }

            if (methods.Any(x => x.Name == method.Name))
            {
                m.Error(node, $"method '{method.Name}' is listed twice");
            }

            methods.Add(method);
        }

        if (list is not null && list.Children.Count == 0)
        {
            entry.Error(list, "entry.methods is empty; list at least one kernel method");
        }

        entry.ReportUnknownKeys();
        return type is null ? null : new ExerciseEntry(type, methods);
    }

    private static EntryMethod? ReadMethod(YamlMappingReader m)
    {
        var name = m.String("name");
        var signature = m.String("signature");
        var outputs = new List<string>();
        var outputList = m.Sequence("outputs");
        foreach (var o in outputList?.Children ?? [])
        {
            if (o is YamlScalarNode { Value: { } text })
            {
                outputs.Add(text);
            }
            else
            {
                m.Error(o, "outputs must be a list of parameter names");
            }
        }

        if (outputList is not null && outputs.Count == 0)
        {
            m.Error(outputList, "outputs is empty; name the array parameters the method fills");
        }

        var tolerance = Tolerance.Exact;
        var t = m.Mapping("tolerance", required: false);
        if (t is not null)
        {
            tolerance = new Tolerance(t.Double("abs", false) ?? 0, t.Double("rel", false) ?? 0, t.Int("ulps", false) ?? 0);
            if (tolerance.Abs < 0 || tolerance.Rel < 0 || tolerance.Ulps < 0)
            {
                t.Error(t.Node, "tolerance values must not be negative");
            }

            t.ReportUnknownKeys();
        }

        if (name is null || signature is null)
        {
            return null;
        }

        var parameters = SignatureParameters(signature);
        if (parameters is null || !signature.Contains("static void " + name + "(", StringComparison.Ordinal))
        {
            m.Error(m.Get("signature")!, $"signature must read 'public static void {name}(type name, ...)'");
        }
        else
        {
            foreach (var output in outputs.Where(o => !parameters.Contains(o)))
            {
                m.Error(outputList!, $"output '{output}' is not a parameter of {name}; parameters are {string.Join(", ", parameters)}");
            }
        }

        return new EntryMethod(name, signature, outputs, tolerance);
    }

    /// <summary>The parameter names of a C# method signature, or null when it has no parameter list.</summary>
    public static IReadOnlyList<string>? SignatureParameters(string signature)
    {
        var open = signature.IndexOf('(');
        var close = signature.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        var inside = signature[(open + 1)..close].Trim();
        return inside.Length == 0
            ? []
            : inside.Split(',').Select(p => p.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "").ToList();
    }

    private static ExerciseLimits ReadLimits(YamlMappingReader top)
    {
        var limits = top.Mapping("limits", required: false);
        if (limits is null)
        {
            return ExerciseLimits.Default;
        }

        var time = limits.Int("time_ms", false) ?? ExerciseLimits.Default.TimeMs;
        var memory = limits.Int("memory_mb", false) ?? ExerciseLimits.Default.MemoryMb;
        if (time is < 50 or > 120_000)
        {
            limits.Error(limits.Get("time_ms") ?? limits.Node, "time_ms must be between 50 and 120000");
        }

        if (memory is < 64 or > 16_384)
        {
            limits.Error(limits.Get("memory_mb") ?? limits.Node, "memory_mb must be between 64 and 16384");
        }

        limits.ReportUnknownKeys();
        return new ExerciseLimits(time, memory);
    }

    private static List<TestGroup> ReadTests(YamlMappingReader top, string file, DiagnosticBag diagnostics)
    {
        var groups = new List<TestGroup>();
        var list = top.Sequence("tests");
        foreach (var item in list?.Children ?? [])
        {
            if (item is not YamlMappingNode node)
            {
                top.Error(item, "each test group must be a mapping: { group: name, points: N, visibility: public|hidden }");
                continue;
            }

            var g = new YamlMappingReader(node, file, diagnostics, "a test group");
            var name = g.String("group");
            var points = g.Int("points");
            var visibility = g.String("visibility");
            TestVisibility? parsed = visibility switch
            {
                "public" => TestVisibility.Public,
                "hidden" => TestVisibility.Hidden,
                null => null,
                _ => null,
            };
            if (visibility is not null && parsed is null)
            {
                g.Error(g.Get("visibility")!, $"visibility must be public or hidden, not '{visibility}'");
            }

            if (points < 0)
            {
                g.Error(g.Get("points")!, "points must not be negative");
            }

            if (name is not null && groups.Any(x => x.Group == name))
            {
                g.Error(node, $"test group '{name}' is listed twice");
            }

            g.ReportUnknownKeys();
            if (name is not null && points is not null && parsed is not null)
            {
                groups.Add(new TestGroup(name, points.Value, parsed.Value));
            }
        }

        if (list is not null && list.Children.Count == 0)
        {
            top.Error(list, "tests is empty; list at least one test group");
        }

        return groups;
    }

    private static BenchmarkSpec? ReadBenchmark(YamlMappingReader top, ExerciseEntry? entry)
    {
        var b = top.Mapping("benchmark", required: false);
        if (b is null)
        {
            return null;
        }

        var method = b.String("method");
        if (method is not null && entry is not null && entry.Methods.All(m => m.Name != method))
        {
            b.Error(b.Get("method")!, $"benchmark method '{method}' is not one of the entry methods ({string.Join(", ", entry.Methods.Select(m => m.Name))})");
        }

        var sizes = new List<string>();
        var sizeList = b.Sequence("sizes");
        foreach (var s in sizeList?.Children ?? [])
        {
            if (s is YamlScalarNode { Value: { } text })
            {
                sizes.Add(text);
            }
            else
            {
                b.Error(s, "sizes must be a list of names");
            }
        }

        if (sizeList is not null && sizes.Count == 0)
        {
            b.Error(sizeList, "sizes is empty; name at least one benchmark input size");
        }

        var budget = new TimeBudget(1, 6);
        var budgetNode = b.Mapping("budget_seconds", required: false);
        if (budgetNode is not null)
        {
            budget = new TimeBudget(budgetNode.Double("min") ?? 1, budgetNode.Double("max") ?? 6);
            if (budget.Min <= 0 || budget.Max < budget.Min || budget.Max > 300)
            {
                budgetNode.Error(budgetNode.Node, "budget_seconds needs 0 < min <= max <= 300");
            }

            budgetNode.ReportUnknownKeys();
        }

        var tiers = new List<SpeedTier>();
        var tierList = b.Sequence("tiers");
        foreach (var item in tierList?.Children ?? [])
        {
            if (item is not YamlMappingNode node)
            {
                b.Error(item, "each tier must be a mapping: { speedup: X, points: N }");
                continue;
            }

            var t = new YamlMappingReader(node, "", new DiagnosticBag(), "a tier");
            var speedup = t.Double("speedup", false);
            var points = t.Int("points", false);
            if (speedup is null or <= 0 || points is null or < 0)
            {
                b.Error(node, "a tier needs speedup > 0 and points >= 0, e.g. { speedup: 2, points: 10 }");
                continue;
            }

            if (tiers.Count > 0 && speedup <= tiers[^1].Speedup)
            {
                b.Error(node, string.Create(CultureInfo.InvariantCulture, $"tiers must be in increasing order of speedup ({speedup} follows {tiers[^1].Speedup})"));
            }

            tiers.Add(new SpeedTier(speedup.Value, points.Value));
        }

        b.ReportUnknownKeys();
        return method is null ? null : new BenchmarkSpec(method, sizes, budget, tiers);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex DottedName();
}
