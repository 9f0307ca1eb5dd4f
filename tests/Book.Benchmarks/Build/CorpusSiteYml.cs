using System.Text;

namespace Book.Benchmarks.Build;

/// <summary>
/// Writes a site.yml for <c>../shared/corpus/mlsysbook</c>: its 8 chapters in the order (and parts)
/// of the book's <c>book/quarto/config/_quarto-html.yml</c>, with their .bib files. Chapters of the
/// real book that the corpus copy lacks are declared as external labels (their pages on
/// mlsysbook.ai), so references to them resolve as links to the published book.
/// Used by the build benchmark and, linked into Book.Site.Tests, by the corpus test.
/// </summary>
public static class CorpusSiteYml
{
    public static readonly (string Part, string[] Chapters)[] Parts =
    [
        ("Systems Foundations", ["introduction", "ml_systems", "dl_primer"]),
        ("Performance Engineering", ["efficient_ai", "optimizations", "hw_acceleration", "benchmarking"]),
        ("Robust Deployment", ["ops"]),
    ];

    /// <summary>Chapters of MLSysBook outside the corpus copy: label → (folder, title).</summary>
    public static readonly (string Label, string Folder, string Title)[] Missing =
    [
        ("sec-dnn-architectures", "dnn_architectures", "DNN Architectures"),
        ("sec-ai-workflow", "workflow", "AI Workflow"),
        ("sec-data-engineering", "data_engineering", "Data Engineering"),
        ("sec-ai-frameworks", "frameworks", "AI Frameworks"),
        ("sec-ai-training", "training", "AI Training"),
        ("sec-ondevice-learning", "ondevice_learning", "On-Device Learning"),
        ("sec-security-privacy", "privacy_security", "Security & Privacy"),
        ("sec-robust-ai", "robust_ai", "Robust AI"),
        ("sec-responsible-ai", "responsible_ai", "Responsible AI"),
        ("sec-sustainable-ai", "sustainable_ai", "Sustainable AI"),
        ("sec-ai-good", "ai_for_good", "AI for Good"),
        ("sec-agi-systems", "frontiers", "AGI Systems"),
    ];

    /// <summary>Writes <c>site.yml</c> into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string corpusRoot, string folder)
    {
        var bookRoot = Path.Combine(corpusRoot, "book", "quarto");
        var yaml = new StringBuilder();
        yaml.Append("title: \"Machine Learning Systems (corpus)\"\n");
        yaml.Append("base-url: https://example.org/mlsysbook/\n");
        yaml.Append("repository:\n  url: https://github.com/harvard-edge/cs249r_book\n  branch: dev\n");
        yaml.Append($"book: \"{bookRoot}\"\n");
        yaml.Append("parts:\n");
        foreach (var (part, chapters) in Parts)
        {
            yaml.Append($"  - title: \"{part}\"\n    chapters:\n");
            foreach (var chapter in chapters)
            {
                yaml.Append($"      - contents/core/{chapter}/{chapter}.qmd\n");
            }
        }

        yaml.Append("bibliography:\n");
        foreach (var chapter in Parts.SelectMany(p => p.Chapters))
        {
            yaml.Append($"  - contents/core/{chapter}/{chapter}.bib\n");
        }

        yaml.Append("external-labels:\n");
        foreach (var (label, dir, title) in Missing)
        {
            yaml.Append($"  {label}: {{ title: \"{title}\", url: \"https://mlsysbook.ai/book/contents/core/{dir}/{dir}.html\" }}\n");
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "site.yml");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }
}
