namespace Book.Search.Pipeline;

/// <summary>
/// The regular expressions of lunr's stemmer that count consonant-vowel runs, matched by backtracking
/// over the same elements: <c>C = [^aeiou][^aeiouy]*</c> (a consonant run; "y" may start one but not
/// continue it) and <c>V = [aeiouy][aeiou]*</c> (a vowel run). Words are short, so trying every run
/// length is cheap, and it is the regex semantics by construction.
/// </summary>
internal static class PorterMeasure
{
    private enum Element : byte
    {
        OptionalConsonants,
        Consonants,
        Vowels,
        OptionalVowels,
        Vowel,
        NotVowelWxy,
    }

    // mgr0 = ^(C)?VC          m > 0 (a prefix match)
    private static readonly Element[] Mgr0Pattern = [Element.OptionalConsonants, Element.Vowels, Element.Consonants];

    // meq1 = ^(C)?VC(V)?$     m = 1 (the whole stem)
    private static readonly Element[] Meq1Pattern = [Element.OptionalConsonants, Element.Vowels, Element.Consonants, Element.OptionalVowels];

    // mgr1 = ^(C)?VCVC        m > 1 (a prefix match)
    private static readonly Element[] Mgr1Pattern = [Element.OptionalConsonants, Element.Vowels, Element.Consonants, Element.Vowels, Element.Consonants];

    // s_v = ^(C)?v            the stem has a vowel (a prefix match)
    private static readonly Element[] HasVowelPattern = [Element.OptionalConsonants, Element.Vowel];

    // ^C v [^aeiouwxy]$       a short syllable (re4_1b_2 and re3_5 are the same pattern)
    private static readonly Element[] ShortSyllablePattern = [Element.Consonants, Element.Vowel, Element.NotVowelWxy];

    public static bool Mgr0(ReadOnlySpan<char> s) => Match(s, 0, Mgr0Pattern, 0, whole: false);

    public static bool Meq1(ReadOnlySpan<char> s) => Match(s, 0, Meq1Pattern, 0, whole: true);

    public static bool Mgr1(ReadOnlySpan<char> s) => Match(s, 0, Mgr1Pattern, 0, whole: false);

    public static bool HasVowel(ReadOnlySpan<char> s) => Match(s, 0, HasVowelPattern, 0, whole: false);

    public static bool ShortSyllable(ReadOnlySpan<char> s) => Match(s, 0, ShortSyllablePattern, 0, whole: true);

    /// <summary><c>[aeiou]</c>: "y" is not a vowel here.</summary>
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsVowelOrY(char c) => IsVowel(c) || c == 'y';

    // The pattern is an array and a position in it, not a span of it: a span of this assembly's enum is a
    // generic instantiation ReadyToRun does not precompile, and a cold build ran its slicing unoptimised.
    private static bool Match(ReadOnlySpan<char> s, int at, Element[] pattern, int p, bool whole)
    {
        if (p == pattern.Length)
        {
            return !whole || at == s.Length;
        }

        var rest = p + 1;
        return pattern[p] switch
        {
            Element.OptionalConsonants => Run(s, at, consonants: true, pattern, rest, whole) || Match(s, at, pattern, rest, whole),
            Element.Consonants => Run(s, at, consonants: true, pattern, rest, whole),
            Element.Vowels => Run(s, at, consonants: false, pattern, rest, whole),
            Element.OptionalVowels => Run(s, at, consonants: false, pattern, rest, whole) || Match(s, at, pattern, rest, whole),
            Element.Vowel => at < s.Length && IsVowelOrY(s[at]) && Match(s, at + 1, pattern, rest, whole),
            _ => at < s.Length && !IsVowelOrY(s[at]) && s[at] is not ('w' or 'x') && Match(s, at + 1, pattern, rest, whole),
        };
    }

    // A run is one opening character, then any number of continuing ones; the rest of the pattern may
    // start after any of them.
    private static bool Run(ReadOnlySpan<char> s, int at, bool consonants, Element[] pattern, int rest, bool whole)
    {
        if (at >= s.Length || (consonants ? IsVowel(s[at]) : !IsVowelOrY(s[at])))
        {
            return false;
        }

        for (var end = at + 1; ; end++)
        {
            if (Match(s, end, pattern, rest, whole))
            {
                return true;
            }

            if (end >= s.Length || (consonants ? IsVowelOrY(s[end]) : !IsVowel(s[end])))
            {
                return false;
            }
        }
    }
}
