using Book.Search.Cases;
using Book.Search.Indexing;

namespace Book.Search.Tests.Support;

/// <summary>
/// A deterministic corpus built to stress what makes lunr compatibility hard: numeric refs ("7", which JS
/// objects enumerate first), words the stemmer rewrites, stop words, punctuation the trimmer strips,
/// hyphens, digits, non-ASCII letters (İ, final Σ), empty fields, document boosts, and a query mix of
/// wildcards, fuzzy terms, presence, fields and boosts.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Words =
    [
        "running", "runs", "runner", "ran", "connection", "connected", "connecting", "generalization", "happy",
        "happiness", "yearly", "yield", "yielding", "agreed", "feed", "hopping", "hoping", "filing", "relational",
        "conditional", "rational", "valency", "digitizer", "operator", "feudalism", "decisiveness", "hopefulness",
        "callousness", "formality", "sensitivity", "sensibility", "triplicate", "formative", "formalize",
        "electricity", "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner",
        "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption",
        "homologou", "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate",
        "rate", "cease", "controll", "roll", "sky", "cry", "by", "say", "quantization", "quantized", "int8",
        "fp16", "bf16", "kv-cache", "state-of-the-art", "(model)", "data,", "e.g.", "i.e.", "3.14", "0", "7", "10",
        "2024", "café", "naïve", "résumé", "İstanbul", "ΟΔΟΣ", "the", "and", "of", "a", "is", "not", "with",
        "tensor", "tensors", "core", "cores", "batch", "batches", "size", "sizes", "latency", "throughput",
        "accelerator", "accelerators", "accelerate", "roofline", "pruning", "sparsity", "distillation",
        "knowledge", "__init__", "x_1", "a/b", "50%", "$100", "c++", "c#", "f#", "→", "Q·Kᵀ", "",
    ];

    public static LunrCase Create(int documents, int seed, IndexOptions? options = null)
    {
        var random = new Random(seed);
        var docs = new List<CaseDocument>();
        for (var i = 0; i < documents; i++)
        {
            var docRef = (i % 5) switch
            {
                0 => (documents - i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => $"chapter-{i % 13}.html#sec-{i}",
                2 => $"doc/{i}",
                3 => "0" + i,
                _ => $"d{i}",
            };
            var title = Sentence(random, random.Next(0, 6));
            var body = Sentence(random, random.Next(0, 120));
            var fields = new Dictionary<string, string?> { ["title"] = title, ["body"] = i % 17 == 0 ? null : body };
            docs.Add(new CaseDocument(docRef, fields, i % 11 == 0 ? 2 : 1));
        }

        var queries = new List<string>();
        foreach (var word in Words.Where(w => w.Length > 0).Take(90))
        {
            queries.Add(word);
        }

        queries.AddRange(
        [
            "run*", "*ing", "conn*ed", "qu*", "*", "tens*", "happ~1", "conection~1", "runer~2", "acclerator~1",
            "+tensor +core", "+batch -size", "-latency", "title:tensor", "body:core^5 tensor", "tensor^10 core",
            "+title:roofline body:pruning", "7", "0", "2024", "3.14", "c++", "café", "istanbul", "οδος", "",
            "unknownword", "+unknownword tensor", "int8 fp16 bf16", "state-of-the-art", "kv-cache", "y*", "sky~1",
        ]);

        return new LunrCase(
            [new FieldDefinition("title", 10), new FieldDefinition("body")],
            docs,
            queries,
            options ?? new IndexOptions());
    }

    /// <summary>The case as the JSON object crosscheck.js (and <c>book lunr</c>) reads.</summary>
    public static object ToRequest(LunrCase lunrCase) => new
    {
        fields = lunrCase.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
        documents = lunrCase.Documents.Select(d =>
        {
            var o = new Dictionary<string, object?> { ["ref"] = d.Ref, ["boost"] = d.Boost };
            foreach (var (k, v) in d.Fields)
            {
                if (v is not null)
                {
                    o[k] = v;
                }
            }

            return o;
        }),
        stemming = lunrCase.Options.Stemming,
        metadataWhitelist = lunrCase.Options.MetadataWhitelist,
    };

    private static string Sentence(Random random, int length)
    {
        var words = new string[length];
        for (var i = 0; i < length; i++)
        {
            var word = Words[random.Next(Words.Length)];
            words[i] = random.Next(8) == 0 ? char.ToUpperInvariant(word.FirstOrDefault(' ')) + word[Math.Min(1, word.Length)..] : word;
        }

        var separators = new[] { " ", " ", " ", "  ", "\t", "\n", " - ", "-", "—" };
        return string.Join(separators[random.Next(separators.Length)], words);
    }
}
