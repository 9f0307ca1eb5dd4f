using Book.Search.Pipeline;
using Book.Search.Querying;
using Book.Search.Serialization;
using Book.Search.Text;

namespace Book.Search.Tests.Unit;

/// <summary>The JavaScript rules the byte-identity depends on, checked against values node prints.</summary>
public sealed class JsRulesTests
{
    [Theory]
    [InlineData(0.731, "0.731")]
    [InlineData(6.0, "6")]
    [InlineData(1.940422, "1.940422")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(-2.5e-8, "-2.5e-8")]
    [InlineData(-0.0, "0")]
    public void Numbers_print_as_javascript_does(double value, string expected) => Assert.Equal(expected, JsNumber.Format(value));

    [Fact]
    public void Weights_in_thousandths_print_as_the_shortest_round_trip_does()
    {
        // lunr's weights are k / 1000 and take a hand-written path; below 1e15 .NET's "R" (shortest round
        // trip) writes the same text as Number.prototype.toString, so it is the reference here.
        var ks = Enumerable.Range(-2000, 40_000).Select(k => (long)k)
            .Concat([999_999, 1_000_000, 1_000_001, 123_456_789, 999_999_999_999, -999_999_999_999_999, 999_999_999_999_999]);
        foreach (var k in ks)
        {
            var value = k / 1000.0;
            Assert.Equal(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), JsNumber.Format(value));
        }
    }

    [Theory]
    [InlineData("a\"b\\c\n\u0001", "\"a\\\"b\\\\c\\n\\u0001\"")]
    [InlineData("café—Q·Kᵀ", "\"café—Q·Kᵀ\"")]
    [InlineData("😀", "\"😀\"")]
    public void Strings_quote_as_json_stringify_does(string value, string expected) => Assert.Equal(expected, JsJson.Quote(value));

    [Fact]
    public void Lone_surrogates_are_escaped_as_well_formed_json_stringify_does() =>
        Assert.Equal("\"\\ud800x\"", JsJson.Quote(new string('\ud800', 1) + "x"));

    [Theory]
    [InlineData("running", "run")]
    [InlineData("generalization", "gener")]
    [InlineData("yearly", "yearli")]
    [InlineData("agreed", "agre")]
    [InlineData("quantization", "quantiz")]
    [InlineData("hopping", "hop")]
    [InlineData("ml", "ml")]
    public void Stemmer_matches_lunr(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Tokenizer_splits_on_whitespace_and_hyphens_only()
    {
        var tokens = Tokenizer.Tokenize("State-of-the-art\tINT8/FP16  e.g.—x");
        Assert.Equal(["state", "of", "the", "art", "int8/fp16", "e.g.—x"], tokens.Select(t => t.Value));
        Assert.Equal((17, 9), (tokens[4].Start, tokens[4].Length));
    }

    [Theory]
    [InlineData("title:", "expecting term, found nothing")]
    [InlineData("nope:x", "unrecognised field 'nope', possible fields: 'title', 'body'")]
    [InlineData("x^", "boost must be numeric")]
    [InlineData("x~a", "edit distance must be numeric")]
    [InlineData("+", "expecting term or field, found nothing")]
    public void Bad_queries_fail_with_lunrs_messages(string query, string message)
    {
        var e = Assert.Throws<QueryParseException>(() => QueryParser.Parse(query, ["title", "body"]));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Query_syntax_becomes_clauses()
    {
        var query = QueryParser.Parse("+title:quant* -slow fast~2 big^10 a\\:b", ["title", "body"]);
        Assert.Collection(
            query.Clauses,
            c => Assert.Equal(("quant*", Presence.Required, false, "title"), (c.Term, c.Presence, c.UsePipeline, c.Fields.Single())),
            c => Assert.Equal(("slow", Presence.Prohibited), (c.Term, c.Presence)),
            c => Assert.Equal(("fast", 2), (c.Term, c.EditDistance)),
            c => Assert.Equal(("big", 10.0), (c.Term, c.Boost)),
            c => Assert.Equal("a:b", c.Term));
    }
}
