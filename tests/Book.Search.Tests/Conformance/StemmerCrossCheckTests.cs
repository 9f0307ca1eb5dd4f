using Book.Search.Pipeline;
using Book.Search.Tests.Support;
using Book.Search.Text;

namespace Book.Search.Tests.Conformance;

/// <summary>
/// Our stemmer is lunr's regular expressions rewritten as string tests; lunr.js's own <c>lunr.stemmer</c>
/// (node) is the judge, on every distinct word of the real-book sections and on generated words built to
/// hit each rule (stems of 1-5 letters from an alphabet rich in the letters the rules name, plus one or two
/// of the suffixes the rules strip, and initial "y").
/// </summary>
public sealed class StemmerCrossCheckTests
{
    private static readonly string[] Suffixes =
    [
        "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation",
        "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative",
        "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
        "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion", "tion", "e", "ll", "ed", "ing", "eed",
        "sses", "ies", "ss", "s", "y", "ated", "bled", "ized", "ying", "yed",
    ];

    [NodeFact]
    public void Stemmer_agrees_with_lunr_js_on_generated_words() => Compare(GeneratedWords(60_000, seed: 5));

    [NodeFact(RequiresShared = true)]
    public void Stemmer_agrees_with_lunr_js_on_every_word_of_the_book_corpus()
    {
        var caseText = File.ReadAllText(Path.Combine(RepoPaths.LunrConformance!, "mlsysbook-sections.case.json"));
        var words = Tokenizer.Tokenize(caseText)
            .Select(t => Trimmer.Instance.Run(t.Value))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 5000, $"expected the corpus to hold thousands of distinct words, found {words.Count}");
        Compare(words);
    }

    [NodeFact]
    public void Line_terminators_are_not_matched_by_a_dot_as_in_javascript() =>
        Compare(["ab\ncies", "x\rsses", "\nes", "rel\u2028ational", "hop\rping", "ti\nny", "fal\u2029l", "ca\ned", "\rates"]);

    private static void Compare(IReadOnlyList<string> words)
    {
        using var answer = NodeLunr.Run(new { stems = words });
        var theirs = answer.RootElement.GetProperty("stems").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(words.Count, theirs.Count);
        var differences = words
            .Select((word, i) => (word, ours: PorterStemmer.Stem(word), theirs: theirs[i]))
            .Where(x => x.ours != x.theirs)
            .Take(20)
            .Select(x => $"{x.word}: ours {x.ours}, lunr {x.theirs}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static List<string> GeneratedWords(int count, int seed)
    {
        const string letters = "aeiouyslzbtdcgmnprwxhk";
        var random = new Random(seed);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var stem = new char[random.Next(1, 6)];
            for (var j = 0; j < stem.Length; j++)
            {
                stem[j] = letters[random.Next(letters.Length)];
            }

            var word = (i % 7 == 0 ? "y" : string.Empty) + new string(stem) + Suffixes[random.Next(Suffixes.Length)];
            words.Add(random.Next(3) == 0 ? word + Suffixes[random.Next(Suffixes.Length)] : word);
        }

        return words;
    }
}
