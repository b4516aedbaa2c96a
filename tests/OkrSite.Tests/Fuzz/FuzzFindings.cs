using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Fuzz;

/// <summary>
/// The minimal reproducers of what the fuzz runs and their probes found, kept as regular tests so the fixes stay fixed.
/// Each was a bug when found: an exception escaping a parser, a message spanning lines, or a stack overflow that killed
/// the whole process.
/// </summary>
public class FuzzFindings
{
    // ---- site.json: escapes that decode to lone surrogates ---------------------------------------------------------

    [Fact]
    public void Site_json_value_with_a_lone_low_surrogate_escape_is_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigLoader.Parse(Encoding.UTF8.GetBytes("{ \"title\": \"\\udc00\" }"), diagnostics);

        Assert.Null(config);
        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Codes.SiteConfigInvalidJson.Id, "site.json", 1), (problem.Code, problem.File, problem.Line));
    }

    [Fact]
    public void Site_json_key_with_a_lone_high_surrogate_escape_is_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigLoader.Parse(Encoding.UTF8.GetBytes("{ \"title\": \"x\", \"a\\ud800\": 1 }"), diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.File == "site.json" && d.Line == 1 && d.IsError);
    }

    // ---- messages that span lines ------------------------------------------------------------------------------------

    [Fact]
    public void Csv_header_problem_is_reported_on_one_line()
    {
        var diagnostics = new DiagnosticBag();

        CsvDataReader.Read(new MemoryStream("\"a\nb\",c\n"u8.ToArray()), "content/data/x.csv", CsvOptions.Default, new NullSink(), diagnostics);

        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Codes.DataBadHeader.Id, 1), (problem.Code, problem.Line));
        Assert.DoesNotContain('\n', problem.ToString());
    }

    [Fact]
    public void Front_matter_wrong_type_is_reported_on_one_line()
    {
        var diagnostics = new DiagnosticBag();

        ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", "---\ntitle: Grow\nkey_results:\n  - title: a\n    weight: \"heavy\\nstuff\"\n    done: true\n---\n", null, diagnostics);

        var problem = Assert.Single(diagnostics.ToSortedList(), d => d.Code == Codes.WrongType.Id);
        Assert.Equal(5, problem.Line);
        Assert.DoesNotContain('\n', problem.ToString());
    }

    [Fact]
    public void Site_json_invalid_value_is_reported_on_one_line()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigLoader.Parse(Encoding.UTF8.GetBytes("{ \"title\": \"x\", \"period\": \"2026\\nQ5\" }"), diagnostics);

        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Codes.SiteConfigInvalidValue.Id, problem.Code);
        Assert.DoesNotContain('\n', problem.ToString());
    }

    // ---- front matter that used to kill the process (stack overflow), now refused by YamlGuard -----------------------

    [Fact]
    public void A_list_key_that_contains_itself_is_refused_not_a_stack_overflow()
    {
        var diagnostics = new DiagnosticBag();

        var objective = ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", "---\n? &a [*a]\n: 1\ntitle: Grow\n---\n", Period.OfQuarter(2026, 3), diagnostics);

        Assert.Null(objective);
        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Codes.YamlSyntax.Id, "content/okrs/2026-Q3/grow.md", 2), (problem.Code, problem.File, problem.Line));
    }

    [Theory]
    [InlineData("title: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n")]
    [InlineData(null)]
    public void Front_matter_nested_thousands_deep_is_refused_not_a_stack_overflow(string? yaml)
    {
        yaml ??= "title: " + new string('[', 50_000) + new string(']', 50_000) + "\n";
        var diagnostics = new DiagnosticBag();

        var objective = ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", "---\n" + yaml + "---\n", Period.OfQuarter(2026, 3), diagnostics);

        Assert.Null(objective);
        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Codes.YamlSyntax.Id, 2), (problem.Code, problem.Line));
    }

    private sealed class NullSink : IDataPointSink
    {
        public void Add(string metric, DateOnly date, double value, string? note, int line)
        {
        }
    }
}
