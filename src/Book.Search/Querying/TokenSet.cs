namespace Book.Search.Querying;

/// <summary>
/// lunr.TokenSet: a finite-state automaton over UTF-16 characters. The index's set holds every term; a
/// query term becomes a set too (with <c>*</c> self-loops for wildcards, or the edit paths of a fuzzy
/// term), and their intersection lists the index terms a clause expands to. Edge enumeration follows JS
/// object key order (digit edges first), because it decides the order of expanded terms and so the order
/// of equally scored results.
/// </summary>
public sealed class TokenSet
{
    private readonly List<KeyValuePair<char, TokenSet>> _edges = [];
    private int _digitEdges;

    public bool Final { get; set; }

    public int EdgeCount => _edges.Count;

    public TokenSet? Get(char label)
    {
        // Builders mostly touch the edge they added last.
        for (var i = _edges.Count - 1; i >= 0; i--)
        {
            if (_edges[i].Key == label)
            {
                return _edges[i].Value;
            }
        }

        return null;
    }

    public void Set(char label, TokenSet node)
    {
        for (var i = 0; i < _edges.Count; i++)
        {
            if (_edges[i].Key == label)
            {
                _edges[i] = new(label, node);
                return;
            }
        }

        if (char.IsAsciiDigit(label))
        {
            _digitEdges++;
        }

        _edges.Add(new(label, node));
    }

    /// <summary>The edges in <c>Object.keys(node.edges)</c> order.</summary>
    public IReadOnlyList<KeyValuePair<char, TokenSet>> Edges()
    {
        if (_digitEdges == 0)
        {
            return _edges;
        }

        var ordered = new List<KeyValuePair<char, TokenSet>>(_edges.Count);
        ordered.AddRange(_edges.Where(e => char.IsAsciiDigit(e.Key)).OrderBy(e => e.Key));
        ordered.AddRange(_edges.Where(e => !char.IsAsciiDigit(e.Key)));
        return ordered;
    }

    /// <summary>
    /// A trie of <paramref name="sortedWords"/>. lunr minimises it (TokenSet.Builder); minimisation merges
    /// equal suffix states but changes neither the language nor any node's edge order, which are all
    /// that intersection and enumeration observe.
    /// </summary>
    public static TokenSet FromSortedWords(IReadOnlyList<string> sortedWords)
    {
        var root = new TokenSet();
        foreach (var word in sortedWords)
        {
            var node = root;
            foreach (var c in word)
            {
                var next = node.Get(c);
                if (next is null)
                {
                    next = new TokenSet();
                    node.Set(c, next);
                }

                node = next;
            }

            node.Final = true;
        }

        return root;
    }

    public static TokenSet FromClause(Clause clause) =>
        clause.EditDistance is { } distance ? FromFuzzyString(clause.Term, distance) : FromString(clause.Term);

    /// <summary>lunr.TokenSet.fromString: <c>*</c> becomes a self-loop, so it matches any run of characters.</summary>
    public static TokenSet FromString(string str)
    {
        var root = new TokenSet();
        var node = root;
        for (var i = 0; i < str.Length; i++)
        {
            var final = i == str.Length - 1;
            if (str[i] == '*')
            {
                node.Set('*', node);
                node.Final = final;
            }
            else
            {
                var next = new TokenSet { Final = final };
                node.Set(str[i], next);
                node = next;
            }
        }

        return root;
    }

    /// <summary>lunr.TokenSet.fromFuzzyString: insertions, deletions, substitutions and transpositions.</summary>
    public static TokenSet FromFuzzyString(string str, int editDistance)
    {
        var root = new TokenSet();
        var stack = new Stack<(TokenSet Node, int EditsRemaining, string Str)>();
        stack.Push((root, editDistance, str));
        while (stack.Count > 0)
        {
            var (node, edits, s) = stack.Pop();
            if (s.Length > 0)
            {
                var noEdit = node.GetOrAdd(s[0]);
                if (s.Length == 1)
                {
                    noEdit.Final = true;
                }

                stack.Push((noEdit, edits, s[1..]));
            }

            if (edits == 0)
            {
                continue;
            }

            var insertion = node.GetOrAdd('*');
            if (s.Length == 0)
            {
                insertion.Final = true;
            }

            stack.Push((insertion, edits - 1, s));

            if (s.Length > 1)
            {
                stack.Push((node, edits - 1, s[1..]));
            }

            if (s.Length == 1)
            {
                node.Final = true;
            }

            if (s.Length >= 1)
            {
                var substitution = node.GetOrAdd('*');
                if (s.Length == 1)
                {
                    substitution.Final = true;
                }

                stack.Push((substitution, edits - 1, s[1..]));
            }

            if (s.Length > 1)
            {
                var transpose = node.GetOrAdd(s[1]);
                stack.Push((transpose, edits - 1, s[0] + s[2..]));
            }
        }

        return root;
    }

    /// <summary>lunr.TokenSet#intersect, with the same stack discipline so the output's edge order matches.</summary>
    public TokenSet Intersect(TokenSet query)
    {
        var output = new TokenSet();
        var stack = new Stack<(TokenSet QNode, TokenSet Output, TokenSet Node)>();
        stack.Push((query, output, this));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            var qEdges = frame.QNode.Edges();
            var nEdges = frame.Node.Edges();
            foreach (var (qLabel, qNode) in qEdges)
            {
                foreach (var (nLabel, node) in nEdges)
                {
                    if (nLabel != qLabel && qLabel != '*')
                    {
                        continue;
                    }

                    var final = node.Final && qNode.Final;
                    var next = frame.Output.Get(nLabel);
                    if (next is not null)
                    {
                        next.Final = next.Final || final;
                    }
                    else
                    {
                        next = new TokenSet { Final = final };
                        frame.Output.Set(nLabel, next);
                    }

                    stack.Push((qNode, next, node));
                }
            }
        }

        return output;
    }

    /// <summary>lunr.TokenSet#toArray: every accepted word, depth-first from the last edge.</summary>
    public List<string> ToArray()
    {
        var words = new List<string>();
        var stack = new Stack<(string Prefix, TokenSet Node)>();
        stack.Push((string.Empty, this));
        while (stack.Count > 0)
        {
            var (prefix, node) = stack.Pop();
            if (node.Final)
            {
                words.Add(prefix);
            }

            foreach (var (label, child) in node.Edges())
            {
                stack.Push((prefix + label, child));
            }
        }

        return words;
    }

    private TokenSet GetOrAdd(char label)
    {
        var node = Get(label);
        if (node is null)
        {
            node = new TokenSet();
            Set(label, node);
        }

        return node;
    }
}
