using Book.Search.Indexing;

namespace Book.Search.Querying;

/// <summary>
/// lunr.Index#query (2.3.9): expand each clause against the index's token set, build one query vector
/// per field, filter by required and prohibited sets, score each matching field by cosine similarity with
/// its field vector, sum per document, and sort by score (stable, so ties keep discovery order).
/// </summary>
public static class IndexSearcher
{
    public static IReadOnlyList<SearchResult> Search(LunrIndex index, Query query)
    {
        var matchingFields = new OrderedDictionary<string, MatchData>(StringComparer.Ordinal);
        var queryVectors = new Dictionary<string, QueryVector>(StringComparer.Ordinal);
        var termFieldCache = new HashSet<string>(StringComparer.Ordinal);
        var requiredMatches = new Dictionary<string, DocSet>(StringComparer.Ordinal);
        var prohibitedMatches = new Dictionary<string, DocSet>(StringComparer.Ordinal);
        var fieldPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < index.Fields.Count; i++)
        {
            queryVectors[index.Fields[i]] = new QueryVector();
            fieldPositions[index.Fields[i]] = i;
        }

        foreach (var clause in query.Clauses)
        {
            var clauseMatches = DocSet.Empty;
            var terms = clause.UsePipeline ? index.SearchPipeline.RunString(clause.Term) : [clause.Term];
            foreach (var term in terms)
            {
                clause.Term = term;
                var expandedTerms = index.TokenSet.Intersect(TokenSet.FromClause(clause)).ToArray();
                if (expandedTerms.Count == 0 && clause.Presence == Presence.Required)
                {
                    foreach (var field in clause.Fields)
                    {
                        requiredMatches[field] = DocSet.Empty;
                    }

                    break;
                }

                foreach (var expandedTerm in expandedTerms)
                {
                    var posting = index.InvertedIndex[expandedTerm];
                    foreach (var field in clause.Fields)
                    {
                        var fieldPosting = posting.Fields[fieldPositions[field]];
                        var refs = new List<string>(fieldPosting.Count);
                        for (var i = 0; i < fieldPosting.Count; i++)
                        {
                            refs.Add(fieldPosting.RefAt(i));
                        }

                        if (clause.Presence == Presence.Required)
                        {
                            clauseMatches = clauseMatches.Union(DocSet.Of(refs));
                            requiredMatches.TryAdd(field, DocSet.Complete);
                        }

                        if (clause.Presence == Presence.Prohibited)
                        {
                            prohibitedMatches[field] = prohibitedMatches.GetValueOrDefault(field, DocSet.Empty).Union(DocSet.Of(refs));
                            continue;
                        }

                        queryVectors[field].UpsertAdd(posting.Index, clause.Boost);
                        if (!termFieldCache.Add(expandedTerm + "/" + field))
                        {
                            continue;
                        }

                        for (var i = 0; i < refs.Count; i++)
                        {
                            var fieldRef = field + "/" + refs[i];
                            if (!matchingFields.TryGetValue(fieldRef, out var match))
                            {
                                match = new MatchData();
                                matchingFields[fieldRef] = match;
                            }

                            match.Add(expandedTerm, field, fieldPosting.MetadataAt(i));
                        }
                    }
                }
            }

            if (clause.Presence == Presence.Required)
            {
                foreach (var field in clause.Fields)
                {
                    // lunr would throw here when the pipeline dropped the term entirely; treat it as no match.
                    requiredMatches[field] = requiredMatches.GetValueOrDefault(field, DocSet.Empty).Intersect(clauseMatches);
                }
            }
        }

        var allRequired = DocSet.Complete;
        var allProhibited = DocSet.Empty;
        foreach (var field in index.Fields)
        {
            if (requiredMatches.TryGetValue(field, out var required))
            {
                allRequired = allRequired.Intersect(required);
            }

            if (prohibitedMatches.TryGetValue(field, out var prohibited))
            {
                allProhibited = allProhibited.Union(prohibited);
            }
        }

        IEnumerable<string> fieldRefs = matchingFields.Keys.ToList();
        if (query.IsNegated)
        {
            fieldRefs = index.FieldVectors.Select(v => v.Key).ToList();
            foreach (var fieldRef in fieldRefs)
            {
                matchingFields[fieldRef] = new MatchData();
            }
        }

        var results = new List<ResultBuilder>();
        var byRef = new Dictionary<string, ResultBuilder>(StringComparer.Ordinal);
        foreach (var fieldRef in fieldRefs)
        {
            var slash = fieldRef.IndexOf('/');
            var fieldName = fieldRef[..slash];
            var docRef = fieldRef[(slash + 1)..];
            if (!allRequired.Contains(docRef) || allProhibited.Contains(docRef))
            {
                continue;
            }

            var vector = index.VectorOf(fieldRef);
            var score = vector is null ? 0 : queryVectors[fieldName].Similarity(vector);
            if (byRef.TryGetValue(docRef, out var existing))
            {
                existing.Score += score;
                existing.MatchData.Combine(matchingFields[fieldRef]);
            }
            else
            {
                var created = new ResultBuilder(docRef, score, matchingFields[fieldRef]);
                byRef[docRef] = created;
                results.Add(created);
            }
        }

        return results
            .OrderByDescending(r => r.Score)
            .Select(r => new SearchResult(r.Ref, r.Score, r.MatchData))
            .ToList();
    }

    private sealed class ResultBuilder(string docRef, double score, MatchData matchData)
    {
        public string Ref { get; } = docRef;

        public double Score { get; set; } = score;

        public MatchData MatchData { get; } = matchData;
    }
}
