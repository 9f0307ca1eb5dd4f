using System.Text.RegularExpressions;
using Book.Core.Diagnostics;

namespace Book.Core.Tests.Diagnostics;

public sealed partial class GitHubAnnotationsTests
{
    // The workflow-command grammar the Actions runner parses: ::name key=value,key=value::message
    [GeneratedRegex(@"^::(error|warning|notice) (?<props>[^:]*)::(?<message>.*)$")]
    private static partial Regex Command();

    [Fact]
    public void Error_with_position_is_a_workflow_command_the_runner_parses()
    {
        var d = Diagnostic.Error("BK012", "book/ch3.md", 41, 7, "unknown cross-reference '@fig-roofline'");

        var text = GitHubAnnotations.Format(d);

        Assert.Equal("::error file=book/ch3.md,line=41,col=7,title=BK012::unknown cross-reference '@fig-roofline'", text);
        Assert.Matches(Command(), text);
    }

    [Fact]
    public void Reserved_characters_are_escaped_so_the_command_stays_one_line()
    {
        var d = Diagnostic.Warning("BK1", "book/a,b:c.md", 2, 0, "100% sure\nsecond line");

        var text = GitHubAnnotations.Format(d);

        Assert.Equal("::warning file=book/a%2Cb%3Ac.md,line=2,col=1,title=BK1::100%25 sure%0Asecond line", text);
        var match = Command().Match(text);
        Assert.True(match.Success);
        var props = match.Groups["props"].Value.Split(',').Select(p => p.Split('=', 2)[0]).ToArray();
        Assert.Equal(["file", "line", "col", "title"], props);
    }

    [Fact]
    public void Without_a_line_only_the_file_is_named()
    {
        var text = GitHubAnnotations.Format(Diagnostic.Error("BK2", "site.yml", 0, 0, "no parts"));

        Assert.Equal("::error file=site.yml,title=BK2::no parts", text);
    }
}
