using Book.Core.Diagnostics;
using Book.Site.Bibliography;

namespace Book.Site.Tests.Bibliography;

public sealed class BibTeXReaderTests
{
    private static (BibDatabase Database, IReadOnlyList<Diagnostic> Diagnostics) Read(string bib)
    {
        var bag = new DiagnosticBag();
        var database = ReadBibTeX.Parse(bib, "refs.bib", bag);
        return (database, bag.Items);
    }

    private static BibEntry Single(string bib)
    {
        var (database, diagnostics) = Read(bib);
        Assert.Empty(diagnostics);
        return Assert.Single(database.Entries);
    }

    [Fact]
    public void Reads_type_key_and_braced_quoted_number_fields()
    {
        var entry = Single("""
            @Article{vaswani2017,
              title = {Attention Is All You Need},
              journal = "Advances in Neural Information Processing Systems",
              volume = 30,
              YEAR = {2017}
            }
            """);
        Assert.Equal("vaswani2017", entry.Key);
        Assert.Equal("article", entry.Type);
        Assert.Equal("Attention Is All You Need", entry.Field("title"));
        Assert.Equal("Advances in Neural Information Processing Systems", entry.Field("journal"));
        Assert.Equal("30", entry.Field("volume"));
        Assert.Equal("2017", entry.Year);
        Assert.Equal(1, entry.Line);
    }

    [Fact]
    public void Parenthesised_entries_and_trailing_commas_are_accepted()
    {
        var entry = Single("@misc(k1, title = {T}, year = 2020,)");
        Assert.Equal("T", entry.Field("title"));
    }

    [Fact]
    public void Nested_braces_are_kept_raw_and_removed_in_text()
    {
        var entry = Single("@book{k, title = {The {TPU} and {\\em {Deep}} Learning}}");
        Assert.Equal("The {TPU} and {\\em {Deep}} Learning", entry.RawFields["title"]);
        Assert.Equal("The TPU and Deep Learning", entry.Field("title"));
    }

    [Fact]
    public void String_macros_concatenation_and_month_macros_expand()
    {
        var entry = Single("""
            @string{ nips = "Neural Information " }
            @STRING(conf = {Processing Systems})
            @inproceedings{k, booktitle = nips # conf # { 2017}, month = jun, year = 2017}
            """);
        Assert.Equal("Neural Information Processing Systems 2017", entry.Field("booktitle"));
        Assert.Equal("June", entry.Field("month"));
    }

    [Fact]
    public void Comments_preamble_and_text_outside_entries_are_ignored()
    {
        var (database, diagnostics) = Read("""
            This line is a comment, as is an address like me@example.org here.
            @comment{ @article{ignored, title = {no}} }
            @preamble{ "\newcommand{\noop}[1]{}" }
            @article{kept, title = {Yes}}
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(["kept"], database.Entries.Select(e => e.Key));
    }

    [Theory]
    [InlineData("{\\\"o}", "ö")]
    [InlineData("\\\"{o}", "ö")]
    [InlineData("\\'e", "é")]
    [InlineData("{\\'E}", "É")]
    [InlineData("\\`a", "à")]
    [InlineData("\\^o", "ô")]
    [InlineData("\\~n", "ñ")]
    [InlineData("\\c{c}", "ç")]
    [InlineData("\\v{s}", "š")]
    [InlineData("\\v c", "č")]
    [InlineData("\\H{o}", "ő")]
    [InlineData("{\\'\\i}", "í")]
    [InlineData("{\\ss}", "ß")]
    [InlineData("\\o{}", "ø")]
    [InlineData("{\\aa}", "å")]
    [InlineData("{\\L}", "Ł")]
    [InlineData("R\\&D", "R&D")]
    [InlineData("50\\%", "50%")]
    [InlineData("\\$5 \\#1 a\\_b", "$5 #1 a_b")]
    [InlineData("84--90", "84–90")]
    [InlineData("yes---no", "yes—no")]
    [InlineData("Fig.~3", "Fig.\u00A03")]
    [InlineData("{BERT}: Pre-training", "BERT: Pre-training")]
    [InlineData("\\emph{Deep} \\textbf{Learning}", "Deep Learning")]
    [InlineData("  two\n   lines  ", "two lines")]
    [InlineData("$O(n)$ time", "O(n) time")]
    [InlineData("``quoted''", "“quoted”")]
    public void LaTeX_accents_and_escapes_become_unicode(string latex, string expected) =>
        Assert.Equal(expected, LaTeXText.ToUnicode(latex));

    [Fact]
    public void Author_lists_support_all_name_forms()
    {
        var entry = Single("""
            @article{k, author = {Vaswani, Ashish and Noam Shazeer and {Google Research} and Ludwig van Beethoven
              and de la Cruz, Juan and Doe, Jr., John and G{\"o}del, Kurt and others}}
            """);
        var names = entry.Authors;
        Assert.Equal(7, names.Count);
        Assert.Equal(new Person("Vaswani", "Ashish"), names[0]);
        Assert.Equal(new Person("Shazeer", "Noam"), names[1]);
        Assert.Equal(new Person("Google Research", "", IsInstitution: true), names[2]);
        Assert.Equal(new Person("van Beethoven", "Ludwig"), names[3]);
        Assert.Equal(new Person("de la Cruz", "Juan"), names[4]);
        Assert.Equal(new Person("Doe", "John", "Jr."), names[5]);
        Assert.Equal(new Person("Gödel", "Kurt"), names[6]);
        Assert.True(entry.AuthorsTruncated);
    }

    [Fact]
    public void And_inside_braces_does_not_split_names()
    {
        var entry = Single("@misc{k, author = {{Barnes and Noble} and Smith, A.}}");
        Assert.Equal(["Barnes and Noble", "Smith"], entry.Authors.Select(a => a.Family));
    }

    [Fact]
    public void Year_falls_back_to_date_then_nd()
    {
        var (database, _) = Read("@misc{a, date = {2021-05-24}} @misc{b, title = {x}}");
        Assert.Equal("2021", database.Entries[0].Year);
        Assert.Equal("n.d.", database.Entries[1].Year);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_its_line_and_the_first_entry_kept()
    {
        var (database, diagnostics) = Read("@misc{k, title = {first}}\n\n@misc{K, title = {second}}\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("refs.bib(3,7): error BK502: duplicate citation key 'K' (first defined at line 1); the first entry is kept. Rename or delete one of them.", error.ToString());
        Assert.Equal("first", Assert.Single(database.Entries).Field("title"));
    }

    [Fact]
    public void Missing_comma_is_reported_and_parsing_continues_with_the_next_entry()
    {
        var (database, diagnostics) = Read("""
            @article{bad, title = {One} year = 2017}
            @article{good, title = {Two}}
            """);
        var error = Assert.Single(diagnostics);
        Assert.Equal("BK501", error.Code);
        Assert.Equal((1, 29), (error.Line, error.Column));
        Assert.Contains("expected ','", error.Message);
        Assert.Equal(["good"], database.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Unclosed_brace_is_reported_at_the_value_and_the_next_entry_still_parses()
    {
        var (database, diagnostics) = Read("""
            @article{bad,
              title = {Never {closed},
              year = 2017
            }
            @article{good, title = {Two}}
            """);
        var error = Assert.Single(diagnostics);
        Assert.Equal("refs.bib(1,1): error BK501: entry 'bad' is not closed before the next entry at line 5: a '}' is missing, perhaps inside one of its values", error.ToString());
        Assert.Equal(["good"], database.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Value_running_into_the_next_entry_is_reported_at_its_opening_brace()
    {
        var (database, diagnostics) = Read("@article{bad,\n  title = {Never closed,\n  year = 2017\n@article{good, title = {Two}}");
        Assert.Equal("refs.bib(2,11): error BK501: unbalanced braces: this value is never closed; add the missing '}'", Assert.Single(diagnostics).ToString());
        Assert.Equal(["good"], database.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Entry_without_key_is_an_error()
    {
        var (database, diagnostics) = Read("@article{, title = {x}}\n@misc{ok, title = {y}}");
        Assert.Equal("BK501", Assert.Single(diagnostics).Code);
        Assert.Contains("no citation key", diagnostics[0].Message);
        Assert.Single(database.Entries);
    }

    [Fact]
    public void Undefined_macro_is_a_warning_and_missing_open_brace_an_error()
    {
        var (_, diagnostics) = Read("@misc{a, journal = jmlr}\n@misc b, title = {x}}\n@misc{c, title = {ok}}");
        Assert.Collection(diagnostics,
            d => Assert.Equal("refs.bib(1,20): warning BK503: undefined @string macro 'jmlr'; it expands to nothing. Define it with @string{jmlr = {…}} or put the value in braces.", d.ToString()),
            d => Assert.Equal("refs.bib(2,7): error BK501: expected '{' or '(' after '@misc', found 'b'", d.ToString()));
    }

    [Fact]
    public void Duplicate_field_is_a_warning_keeping_the_first_value()
    {
        var (database, diagnostics) = Read("@misc{a, title = {one}, title = {two}}");
        Assert.Equal(Severity.Warning, Assert.Single(diagnostics).Severity);
        Assert.Equal("BK504", diagnostics[0].Code);
        Assert.Equal("one", database.Entries[0].Field("title"));
    }

    [Fact]
    public void Missing_file_is_a_diagnostic_not_an_exception()
    {
        var bag = new DiagnosticBag();
        var database = ReadBibTeX.FromFile("/nonexistent/refs.bib", bag, "book/refs.bib");
        Assert.Equal(0, database.Count);
        Assert.Equal("BK506", Assert.Single(bag.Items).Code);
        Assert.Equal("book/refs.bib", bag.Items[0].File);
    }
}
