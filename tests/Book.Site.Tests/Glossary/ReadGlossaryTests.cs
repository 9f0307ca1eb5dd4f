using Book.Core.Diagnostics;
using Book.Site.Glossary;

namespace Book.Site.Tests.Glossary;

public sealed class ReadGlossaryTests
{
    private static (IReadOnlyList<GlossaryTerm> Terms, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        return (ReadGlossary.Parse(yaml, "book/glossary.yml", bag), bag.Items);
    }

    [Fact]
    public void Reads_terms_ids_aliases_and_definitions()
    {
        var (terms, diagnostics) = Read("""
            - term: zero point
              id: zero-point
              aliases: [zero-point, zero points]
              definition: "The integer that represents real **0** exactly."
            - term: Scale
              aliases: scales
              definition: |
                The step between two representable values.
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(2, terms.Count);
        Assert.Equal(new[] { "zero-point", "zero points" }, terms[0].Aliases);
        Assert.Equal("The integer that represents real **0** exactly.", terms[0].Definition);
        Assert.Equal(1, terms[0].Line);
        Assert.Equal("scale", terms[1].Id); // derived from the term when absent
        Assert.Equal(["scales"], terms[1].Aliases);
        Assert.Equal(5, terms[1].Line);
    }

    [Fact]
    public void Duplicate_terms_and_aliases_are_errors_at_their_line()
    {
        var (terms, diagnostics) = Read("""
            - term: KV cache
              definition: Keys and values kept between steps.
            - term: kv Cache
              id: kv-cache-2
              definition: Again.
            - term: cache
              aliases: [KV CACHE]
              definition: Other.
            """);
        Assert.Single(terms);
        Assert.Collection(diagnostics,
            d => Assert.Equal("book/glossary.yml(3,3): error BK551: duplicate glossary term 'kv Cache' (already defined by 'KV cache' at line 1); define each term once", d.ToString()),
            d => Assert.Equal("book/glossary.yml(6,3): error BK551: duplicate glossary term 'KV CACHE' (already defined by 'KV cache' at line 1); define each term once", d.ToString()));
    }

    [Fact]
    public void Duplicate_ids_are_errors()
    {
        var (_, diagnostics) = Read("- {term: a, id: x, definition: d}\n- {term: b, id: x, definition: d}\n");
        Assert.Equal("BK551", Assert.Single(diagnostics).Code);
        Assert.Contains("duplicate glossary id 'x'", diagnostics[0].Message);
    }

    [Fact]
    public void Malformed_entries_are_reported_and_skipped()
    {
        var (terms, diagnostics) = Read("""
            - term: ok
              definition: fine
            - just a string
            - term: no definition
            - term: [a, list]
              definition: d
            - term: extra
              definition: d
              colour: red
            """);
        Assert.Equal(["ok", "extra"], terms.Select(t => t.Term));
        Assert.Collection(diagnostics,
            d => Assert.Equal("book/glossary.yml(3,3): error BK550: a glossary entry must be a mapping with 'term' and 'definition'", d.ToString()),
            d => Assert.Equal("book/glossary.yml(4,3): error BK550: glossary entry 'no definition' needs both a 'term' and a 'definition'", d.ToString()),
            d => Assert.Equal("book/glossary.yml(5,3): error BK550: glossary entry needs both a 'term' and a 'definition'", d.ToString()),
            d => Assert.Equal("book/glossary.yml(5,9): error BK550: 'term' must be text, not a list or mapping", d.ToString()),
            d => Assert.Equal("book/glossary.yml(9,3): warning BK550: unknown glossary key 'colour' is ignored; the keys are term, id, aliases, definition", d.ToString()));
    }

    [Fact]
    public void Invalid_yaml_and_a_non_list_root_are_errors()
    {
        var (_, syntax) = Read("- term: [unclosed\n");
        Assert.Equal("BK550", Assert.Single(syntax).Code);
        Assert.Contains("not valid YAML", syntax[0].Message);

        var (_, root) = Read("term: x\ndefinition: y\n");
        Assert.Contains("must be a YAML list", Assert.Single(root).Message);
    }

    [Fact]
    public void Empty_file_is_an_empty_glossary()
    {
        var (terms, diagnostics) = Read("");
        Assert.Empty(terms);
        Assert.Empty(diagnostics);
    }
}
