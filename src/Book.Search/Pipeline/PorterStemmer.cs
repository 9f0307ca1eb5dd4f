using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Book.Search.Pipeline;

/// <summary>
/// lunr.stemmer: lunr 2.3.9's variant of Martin Porter's JavaScript stemmer, rule for rule (including its
/// quirks: a leading "y" is treated as a consonant, step 5 uses <c>[^aeiouwxy]</c>). The patterns are the
/// same regular expressions; JS <c>$</c> (end of input, no multiline) is written <c>\z</c> here because
/// .NET's <c>$</c> also matches before a final newline. Results are memoised: a book repeats its words.
/// </summary>
public sealed partial class PorterStemmer : IPipelineFunction
{
    private const string C = "[^aeiou][^aeiouy]*";
    private const string V = "[aeiouy][aeiou]*";
    private const string Mgr0 = "^(" + C + ")?" + V + C;
    private const string Meq1 = "^(" + C + ")?" + V + C + "(" + V + @")?\z";
    private const string Mgr1 = "^(" + C + ")?" + V + C + V + C;
    private const string SV = "^(" + C + ")?[aeiouy]";

    private static readonly Dictionary<string, string> Step2 = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3 = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "",
        ["ness"] = "",
    };

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string Label => "stemmer";

    public string? Run(string term) =>
        term.Length < 3 ? term : _cache.GetOrAdd(term, static w => Stem(w));

    public static string Stem(string w)
    {
        if (w.Length < 3)
        {
            return w;
        }

        var firstIsY = w[0] == 'y';
        if (firstIsY)
        {
            w = "Y" + w[1..];
        }

        // Step 1a
        Match fp;
        if ((fp = Re1a().Match(w)).Success || (fp = Re2_1a().Match(w)).Success)
        {
            w = fp.Groups[1].Value + fp.Groups[2].Value;
        }

        // Step 1b
        if ((fp = Re1b().Match(w)).Success)
        {
            if (ReMgr0().IsMatch(fp.Groups[1].Value))
            {
                w = w[..^1];
            }
        }
        else if ((fp = Re2_1b().Match(w)).Success)
        {
            var stem = fp.Groups[1].Value;
            if (ReSV().IsMatch(stem))
            {
                w = stem;
                if (Re2_1b_2().IsMatch(w))
                {
                    w += "e";
                }
                else if (Re3_1b_2().IsMatch(w))
                {
                    w = w[..^1];
                }
                else if (Re4_1b_2().IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c
        if ((fp = Re1c().Match(w)).Success)
        {
            w = fp.Groups[1].Value + "i";
        }

        // Step 2
        if ((fp = Re2().Match(w)).Success && ReMgr0().IsMatch(fp.Groups[1].Value))
        {
            w = fp.Groups[1].Value + Step2[fp.Groups[2].Value];
        }

        // Step 3
        if ((fp = Re3().Match(w)).Success && ReMgr0().IsMatch(fp.Groups[1].Value))
        {
            w = fp.Groups[1].Value + Step3[fp.Groups[2].Value];
        }

        // Step 4
        if ((fp = Re4().Match(w)).Success)
        {
            if (ReMgr1().IsMatch(fp.Groups[1].Value))
            {
                w = fp.Groups[1].Value;
            }
        }
        else if ((fp = Re2_4().Match(w)).Success)
        {
            var stem = fp.Groups[1].Value + fp.Groups[2].Value;
            if (ReMgr1().IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5
        if ((fp = Re5().Match(w)).Success)
        {
            var stem = fp.Groups[1].Value;
            if (ReMgr1().IsMatch(stem) || (ReMeq1().IsMatch(stem) && !Re3_5().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (Re5_1().IsMatch(w) && ReMgr1().IsMatch(w))
        {
            w = w[..^1];
        }

        return firstIsY ? "y" + w[1..] : w;
    }

    [GeneratedRegex(Mgr0)]
    private static partial Regex ReMgr0();

    [GeneratedRegex(Meq1)]
    private static partial Regex ReMeq1();

    [GeneratedRegex(Mgr1)]
    private static partial Regex ReMgr1();

    [GeneratedRegex(SV)]
    private static partial Regex ReSV();

    [GeneratedRegex(@"^(.+?)(ss|i)es\z")]
    private static partial Regex Re1a();

    [GeneratedRegex(@"^(.+?)([^s])s\z")]
    private static partial Regex Re2_1a();

    [GeneratedRegex(@"^(.+?)eed\z")]
    private static partial Regex Re1b();

    [GeneratedRegex(@"^(.+?)(ed|ing)\z")]
    private static partial Regex Re2_1b();

    [GeneratedRegex(@"(at|bl|iz)\z")]
    private static partial Regex Re2_1b_2();

    [GeneratedRegex(@"([^aeiouylsz])\1\z")]
    private static partial Regex Re3_1b_2();

    [GeneratedRegex("^" + C + @"[aeiouy][^aeiouwxy]\z")]
    private static partial Regex Re4_1b_2();

    [GeneratedRegex(@"^(.+?[^aeiou])y\z")]
    private static partial Regex Re1c();

    [GeneratedRegex(@"^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\z")]
    private static partial Regex Re2();

    [GeneratedRegex(@"^(.+?)(icate|ative|alize|iciti|ical|ful|ness)\z")]
    private static partial Regex Re3();

    [GeneratedRegex(@"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z")]
    private static partial Regex Re4();

    [GeneratedRegex(@"^(.+?)(s|t)(ion)\z")]
    private static partial Regex Re2_4();

    [GeneratedRegex(@"^(.+?)e\z")]
    private static partial Regex Re5();

    [GeneratedRegex(@"ll\z")]
    private static partial Regex Re5_1();

    [GeneratedRegex("^" + C + @"[aeiouy][^aeiouwxy]\z")]
    private static partial Regex Re3_5();
}
