using System.Buffers;

namespace Book.Search.Pipeline;

/// <summary>
/// lunr.stemmer: lunr 2.3.9's variant of Martin Porter's JavaScript stemmer, rule for rule (including its
/// quirks: a leading "y" is treated as a consonant, step 5 uses <c>[^aeiouwxy]</c>). lunr writes each rule
/// as a regular expression; here each one is the string test it amounts to, over a char buffer, because
/// the regexes cost ~1 s of JIT and matching on a cold build. What each test reproduces:
/// <list type="bullet">
/// <item><c>^(.+?)SUFFIX$</c> with a list of suffixes: the lazy prefix makes the longest listed suffix win,
/// the prefix must be non-empty, and JS <c>.</c> does not match line terminators.</item>
/// <item>the measure patterns (<c>mgr0</c>, <c>meq1</c>, <c>mgr1</c>, <c>s_v</c>, <c>^C v [^aeiouwxy]$</c>):
/// a backtracking match of the same sequence of consonant and vowel runs (<see cref="PorterMeasure"/>).</item>
/// </list>
/// Tests compare it with lunr.js's own stemmer on every word of the real-book corpus and random words.
/// </summary>
public sealed class PorterStemmer : IPipelineFunction
{
    private static readonly string[] Step2Suffixes =
    [
        "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation",
        "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi",
    ];

    private static readonly string[] Step2Replacements =
    [
        "ate", "tion", "ence", "ance", "ize", "ble", "al", "ent", "e", "ous", "ize", "ate",
        "ate", "al", "ive", "ful", "ous", "al", "ive", "ble", "log",
    ];

    private static readonly string[] Step3Suffixes = ["icate", "ative", "alize", "iciti", "ical", "ful", "ness"];

    private static readonly string[] Step3Replacements = ["ic", "", "al", "ic", "ic", "", ""];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    // JS `.` matches anything but these.
    private static readonly SearchValues<char> LineTerminators = SearchValues.Create("\n\r\u2028\u2029");

    public string Label => "stemmer";

    public string? Run(string term) => Stem(term);

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        // No rule lengthens the word: step 1b appends "e" only after removing "ed" or "ing".
        Span<char> w = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(w);
        var n = StemInPlace(w);
        var stemmed = w[..n];
        return stemmed.SequenceEqual(word) ? word : new string(stemmed);
    }

    /// <summary>Stems <paramref name="w"/> in place and returns the stem's length.</summary>
    private static int StemInPlace(Span<char> w)
    {
        var n = w.Length;
        var firstIsY = w[0] == 'y';
        if (firstIsY)
        {
            w[0] = 'Y';
        }

        // Step 1a: /^(.+?)(ss|i)es$/ → $1$2, else /^(.+?)([^s])s$/ → $1$2.
        if ((EndsWith(w, n, "sses") && Dot(w, n - 4)) || (EndsWith(w, n, "ies") && Dot(w, n - 3)))
        {
            n -= 2;
        }
        else if (w[n - 1] == 's' && w[n - 2] != 's' && Dot(w, n - 2))
        {
            n -= 1;
        }

        // Step 1b: /^(.+?)eed$/ (m > 0: drop the d), else /^(.+?)(ed|ing)$/ when the stem has a vowel.
        if (EndsWith(w, n, "eed") && Dot(w, n - 3))
        {
            if (PorterMeasure.Mgr0(w[..(n - 3)]))
            {
                n -= 1;
            }
        }
        else if ((EndsWith(w, n, "ed") && Dot(w, n - 2)) || (EndsWith(w, n, "ing") && Dot(w, n - 3)))
        {
            var stem = w[n - 1] == 'd' ? n - 2 : n - 3;
            if (PorterMeasure.HasVowel(w[..stem]))
            {
                n = stem;
                if (EndsWith(w, n, "at") || EndsWith(w, n, "bl") || EndsWith(w, n, "iz"))
                {
                    w[n++] = 'e';
                }
                else if (n >= 2 && w[n - 1] == w[n - 2] && "aeiouylsz".IndexOf(w[n - 1]) < 0)
                {
                    // /([^aeiouylsz])\1$/, then w.replace(/.$/, "")
                    n -= IsLineTerminator(w[n - 1]) ? 0 : 1;
                }
                else if (PorterMeasure.ShortSyllable(w[..n]))
                {
                    w[n++] = 'e';
                }
            }
        }

        // Step 1c: /^(.+?[^aeiou])y$/ → $1 + "i".
        if (n >= 3 && w[n - 1] == 'y' && !PorterMeasure.IsVowel(w[n - 2]) && Dot(w, n - 2))
        {
            w[n - 1] = 'i';
        }

        // Steps 2 and 3: a listed suffix after a stem with m > 0 becomes its replacement.
        n = ReplaceSuffix(w, n, Step2Suffixes, Step2Replacements);
        n = ReplaceSuffix(w, n, Step3Suffixes, Step3Replacements);

        // Step 4: a listed suffix after a stem with m > 1 goes, else /^(.+?)(s|t)(ion)$/ loses "ion".
        var suffix = LongestSuffix(w, n, Step4Suffixes);
        if (suffix >= 0)
        {
            var stem = n - Step4Suffixes[suffix].Length;
            if (PorterMeasure.Mgr1(w[..stem]))
            {
                n = stem;
            }
        }
        else if ((EndsWith(w, n, "sion") || EndsWith(w, n, "tion")) && Dot(w, n - 4) && PorterMeasure.Mgr1(w[..(n - 3)]))
        {
            n -= 3;
        }

        // Step 5: /^(.+?)e$/ goes when m > 1, or m = 1 and the stem is not a short syllable; then -ll → -l.
        if (n >= 2 && w[n - 1] == 'e' && Dot(w, n - 1))
        {
            var stem = w[..(n - 1)];
            if (PorterMeasure.Mgr1(stem) || (PorterMeasure.Meq1(stem) && !PorterMeasure.ShortSyllable(stem)))
            {
                n -= 1;
            }
        }

        if (EndsWith(w, n, "ll") && PorterMeasure.Mgr1(w[..n]))
        {
            n -= 1;
        }

        if (firstIsY)
        {
            w[0] = 'y';
        }

        return n;
    }

    // Longest listed suffix (the lazy `^(.+?)` prefers it) whose stem is non-empty; then m > 0 decides.
    private static int ReplaceSuffix(Span<char> w, int n, string[] suffixes, string[] replacements)
    {
        var at = LongestSuffix(w, n, suffixes);
        if (at < 0)
        {
            return n;
        }

        var stem = n - suffixes[at].Length;
        if (!PorterMeasure.Mgr0(w[..stem]))
        {
            return n;
        }

        replacements[at].AsSpan().CopyTo(w[stem..]);
        return stem + replacements[at].Length;
    }

    /// <summary>The index of the longest suffix of w[..n] in the list that leaves a non-empty stem without line terminators, or -1.</summary>
    private static int LongestSuffix(ReadOnlySpan<char> w, int n, string[] suffixes)
    {
        var best = -1;
        for (var i = 0; i < suffixes.Length; i++)
        {
            var length = suffixes[i].Length;
            if (length < n && (best < 0 || length > suffixes[best].Length) && w[..n].EndsWith(suffixes[i]))
            {
                best = i;
            }
        }

        return best >= 0 && Dot(w, n - suffixes[best].Length) ? best : -1;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, int n, string suffix) => w[..n].EndsWith(suffix);

    // `^(.+?)`: a non-empty prefix of `length` characters, none a line terminator.
    private static bool Dot(ReadOnlySpan<char> w, int length) =>
        length >= 1 && w[..length].IndexOfAny(LineTerminators) < 0;

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';
}
