using Book.Search.Text;

namespace Book.Search.Pipeline;

/// <summary>
/// lunr.Pipeline: functions applied in order to every token; a function may drop a token (null).
/// A builder has two: the indexing pipeline (trimmer, stopWordFilter, stemmer by default) and the search
/// pipeline (stemmer), which is the one an index serializes and lunr.js re-creates for queries.
/// </summary>
public sealed class TokenPipeline
{
    private readonly List<IPipelineFunction> _functions;

    public TokenPipeline(IEnumerable<IPipelineFunction> functions)
    {
        _functions = [.. functions];
    }

    public static TokenPipeline Empty => new([]);

    public IReadOnlyList<IPipelineFunction> Functions => _functions;

    /// <summary>The registered labels, as <c>Pipeline.toJSON</c> writes them.</summary>
    public IReadOnlyList<string> Labels => _functions.Select(f => f.Label).ToList();

    public List<Token> Run(List<Token> tokens)
    {
        foreach (var function in _functions)
        {
            var kept = new List<Token>(tokens.Count);
            foreach (var token in tokens)
            {
                var result = function.Run(token.Value);
                if (result is not null)
                {
                    kept.Add(ReferenceEquals(result, token.Value) ? token : token.WithValue(result));
                }
            }

            tokens = kept;
        }

        return tokens;
    }

    /// <summary>
    /// The pipeline's result for one token's text, or null when a function drops it. lunr's registered
    /// functions are pure functions of the term (the token's metadata passes through untouched), so a
    /// builder may run this once per distinct token and reuse the answer.
    /// </summary>
    public string? RunTerm(string token)
    {
        string? term = token;
        foreach (var function in _functions)
        {
            term = function.Run(term);
            if (term is null)
            {
                break;
            }
        }

        return term;
    }

    /// <summary><c>Pipeline.runString</c>: the query side runs the pipeline on a single, untokenized term.</summary>
    public List<string> RunString(string term)
    {
        var terms = new List<string> { term };
        foreach (var function in _functions)
        {
            var kept = new List<string>(terms.Count);
            foreach (var t in terms)
            {
                var result = function.Run(t);
                if (result is not null)
                {
                    kept.Add(result);
                }
            }

            terms = kept;
        }

        return terms;
    }
}
