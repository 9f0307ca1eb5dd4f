using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Book.Grader.Tests.Golden;

/// <summary>
/// Replaces what differs between machines and runs (measured times and ratios) so golden files
/// compare the behaviour: statuses, scores, messages, tiers.
/// </summary>
public static partial class Redact
{
    private static readonly string[] _measured = ["speedup", "dispersion", "pairs", "submission_ms", "baseline_ms"];

    public static string Json(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["summary"] = Text(root["summary"]!.GetValue<string>());
        if (root["benchmark"] is JsonObject benchmark)
        {
            benchmark["message"] = Text(benchmark["message"]!.GetValue<string>());
            if (benchmark.ContainsKey("speedup"))
            {
                benchmark["speedup"] = "<measured>";
            }

            foreach (var size in benchmark["sizes"]!.AsArray().OfType<JsonObject>())
            {
                foreach (var key in _measured)
                {
                    size[key] = "<measured>";
                }
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Text(string text) => Speed().Replace(text, "<measured>x");

    [GeneratedRegex(@"\d+\.\d+x")]
    private static partial Regex Speed();
}
