using System.Text.Json;
using Book.Search.Indexing;
using Book.Search.Serialization;

namespace Book.Search.Cases;

/// <summary>Reads a case file, collecting every problem instead of stopping at the first.</summary>
public static class LunrCaseReader
{
    public static (LunrCase? Case, IReadOnlyList<CaseError> Errors) Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            return (null, [new CaseError((int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, "$", $"not valid JSON: {FirstSentence(e.Message)}")]);
        }

        using (document)
        {
            var errors = new List<CaseError>();
            var result = Read(document.RootElement, errors);
            return (errors.Count == 0 ? result : null, errors);
        }
    }

    private static LunrCase? Read(JsonElement root, List<CaseError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Error("$", "a case is a JSON object with \"fields\", \"documents\" and \"queries\""));
            return null;
        }

        var fields = new List<FieldDefinition>();
        if (Array(root, "fields", errors) is { } fieldArray)
        {
            var i = 0;
            foreach (var field in fieldArray.EnumerateArray())
            {
                var path = $"fields[{i++}]";
                if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                {
                    errors.Add(Error(path, "each field is an object {\"name\": \"title\", \"boost\": 10} (boost optional)"));
                    continue;
                }

                if (name.GetString()!.Contains('/'))
                {
                    errors.Add(Error(path, $"field '{name.GetString()}' contains illegal character '/' (lunr joins field and ref with '/')"));
                    continue;
                }

                var boost = 1.0;
                if (field.TryGetProperty("boost", out var b) && !TryNumber(b, out boost))
                {
                    errors.Add(Error(path + ".boost", "boost must be a number"));
                }

                fields.Add(new FieldDefinition(name.GetString()!, boost));
            }

            if (fields.Count == 0 && errors.Count == 0)
            {
                errors.Add(Error("fields", "declare at least one field"));
            }
        }

        var documents = new List<CaseDocument>();
        if (Array(root, "documents", errors) is { } documentArray)
        {
            var i = 0;
            foreach (var doc in documentArray.EnumerateArray())
            {
                var path = $"documents[{i++}]";
                if (doc.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(Error(path, "each document is an object {\"ref\": \"id\", \"<field>\": \"text\", ...}"));
                    continue;
                }

                if (!doc.TryGetProperty("ref", out var docRef) || !TryText(docRef, out var refText) || refText is null)
                {
                    errors.Add(Error(path + ".ref", "each document needs a \"ref\" (a string or number)"));
                    continue;
                }

                var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var field in fields)
                {
                    if (!doc.TryGetProperty(field.Name, out var value))
                    {
                        continue;
                    }

                    if (TryText(value, out var text))
                    {
                        texts[field.Name] = text;
                    }
                    else
                    {
                        errors.Add(Error($"{path}.{field.Name}", "a field value must be a string, a number or null"));
                    }
                }

                var boost = 1.0;
                if (doc.TryGetProperty("boost", out var b) && !TryNumber(b, out boost))
                {
                    errors.Add(Error(path + ".boost", "boost must be a number"));
                }

                documents.Add(new CaseDocument(refText, texts, boost));
            }
        }

        var queries = new List<string>();
        if (root.TryGetProperty("queries", out _) && Array(root, "queries", errors) is { } queryArray)
        {
            var i = 0;
            foreach (var query in queryArray.EnumerateArray())
            {
                if (query.ValueKind == JsonValueKind.String)
                {
                    queries.Add(query.GetString()!);
                }
                else
                {
                    errors.Add(Error($"queries[{i}]", "each query is a string in lunr query syntax"));
                }

                i++;
            }
        }

        return new LunrCase(fields, documents, queries, ReadOptions(root, errors));
    }

    private static IndexOptions ReadOptions(JsonElement root, List<CaseError> errors)
    {
        var options = new IndexOptions();
        if (root.TryGetProperty("stemming", out var stemming))
        {
            if (stemming.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                options = options with { Stemming = stemming.GetBoolean() };
            }
            else
            {
                errors.Add(Error("stemming", "stemming is true or false"));
            }
        }

        if (root.TryGetProperty("metadataWhitelist", out var whitelist))
        {
            if (whitelist.ValueKind == JsonValueKind.Array && whitelist.EnumerateArray().All(k => k.ValueKind == JsonValueKind.String))
            {
                options = options with { MetadataWhitelist = [.. whitelist.EnumerateArray().Select(k => k.GetString()!)] };
            }
            else
            {
                errors.Add(Error("metadataWhitelist", $"metadataWhitelist is a list of token metadata keys: \"{MetadataKeys.Position}\", \"{MetadataKeys.Index}\", \"{MetadataKeys.Fields}\""));
            }
        }

        return options;
    }

    private static JsonElement? Array(JsonElement root, string name, List<CaseError> errors)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            return value;
        }

        errors.Add(Error(name, $"\"{name}\" must be a JSON array"));
        return null;
    }

    // lunr calls toString() on field values: numbers become JS number text; null means "no text".
    private static bool TryText(JsonElement value, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString();
                return true;
            case JsonValueKind.Number:
                text = JsNumber.Format(value.GetDouble());
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                return false;
        }
    }

    private static bool TryNumber(JsonElement value, out double number)
    {
        number = 1;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        number = value.GetDouble();
        return true;
    }

    private static CaseError Error(string path, string message) => new(0, 0, path, message);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }
}
