namespace Book.Site.Bibliography;

/// <summary>
/// Splits BibTeX name lists (<c>author</c>, <c>editor</c>) the way BibTeX does: names are separated by
/// the word <c>and</c> outside braces; a name is <c>Last, First</c>, <c>Last, Jr, First</c> or
/// <c>First von Last</c>; a name wholly in braces (<c>{Google Research}</c>) is an institution and is
/// never split; a final <c>and others</c> means "et al.".
/// </summary>
public static class ParseNames
{
    public static IReadOnlyList<Person> List(string raw)
    {
        var names = new List<Person>();
        foreach (var part in SplitOnAnd(raw))
        {
            if (part.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            names.Add(One(part));
        }

        return names;
    }

    public static bool EndsWithOthers(string raw)
    {
        var parts = SplitOnAnd(raw);
        return parts.Count > 0 && parts[^1].Equals("others", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses one name, already cut out of its list.</summary>
    public static Person One(string raw)
    {
        var name = raw.Trim();
        if (IsWhollyBraced(name))
        {
            return new Person(LaTeXText.ToUnicode(name), string.Empty, IsInstitution: true);
        }

        var commaParts = SplitTopLevel(name, ',');
        if (commaParts.Count >= 2)
        {
            // "von Last, First" or "von Last, Jr, First".
            var family = LaTeXText.ToUnicode(commaParts[0]);
            var given = LaTeXText.ToUnicode(commaParts[^1]);
            var suffix = commaParts.Count >= 3 ? LaTeXText.ToUnicode(commaParts[1]) : string.Empty;
            return new Person(family, given, suffix);
        }

        // "First von Last": the last word is the family name, preceded by any lower-case particles.
        var words = SplitTopLevel(name, ' ').Where(w => w.Length > 0).ToList();
        if (words.Count <= 1)
        {
            return new Person(LaTeXText.ToUnicode(name), string.Empty);
        }

        var familyStart = words.Count - 1;
        while (familyStart > 1 && StartsLowerCase(words[familyStart - 1]))
        {
            familyStart--;
        }

        return new Person(
            LaTeXText.ToUnicode(string.Join(' ', words[familyStart..])),
            LaTeXText.ToUnicode(string.Join(' ', words[..familyStart])));
    }

    private static List<string> SplitOnAnd(string raw)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < raw.Length
                && (raw[i + 1] is 'a' or 'A') && (raw[i + 2] is 'n' or 'N') && (raw[i + 3] is 'd' or 'D')
                && char.IsWhiteSpace(raw[i + 4]))
            {
                parts.Add(raw[start..i].Trim());
                start = i + 4;
                i += 3;
            }
        }

        parts.Add(raw[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static List<string> SplitTopLevel(string s, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '{')
            {
                depth++;
            }
            else if (s[i] == '}')
            {
                depth--;
            }
            else if (depth == 0 && (s[i] == separator || (separator == ' ' && char.IsWhiteSpace(s[i]))))
            {
                parts.Add(s[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(s[start..].Trim());
        return parts;
    }

    private static bool IsWhollyBraced(string name)
    {
        if (name.Length < 2 || name[0] != '{' || name[^1] != '}')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            depth += name[i] == '{' ? 1 : name[i] == '}' ? -1 : 0;
            if (depth == 0 && i < name.Length - 1)
            {
                return false; // "{A}. {B}" closes before the end
            }
        }

        return true;
    }

    private static bool StartsLowerCase(string word)
    {
        var text = LaTeXText.ToUnicode(word);
        return text.Length > 0 && char.IsLower(text[0]) && !word.StartsWith('{');
    }
}
