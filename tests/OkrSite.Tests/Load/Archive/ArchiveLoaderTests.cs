using System.Text;
using System.Text.Json;
using Json.Schema;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Archive;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;
using static OkrSite.Tests.Support.FrozenQuarter;

namespace OkrSite.Tests.Load.Archive;

public class ArchiveLoaderTests
{
    private const string File = "content/archive/2026-Q3.json";

    private static PeriodArchive Frozen() => new(
        Q3,
        new DateOnly(2026, 10, 2),
        AsOf,
        "1.0.0",
        "sha256:" + new string('a', 64),
        [.. ReportBuilder.PeriodObjectives(SiteConfig.Default("t"), FrozenQuarter.Content(), FrozenQuarter.Data(), AsOf, Q3).Select(FrozenArchive.Objective)]);

    private static string Text() => Encoding.UTF8.GetString(ArchiveFormat.Write(Frozen()));

    private static (PeriodArchive? Archive, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string file = File)
    {
        var diagnostics = new DiagnosticBag();
        var archive = ArchiveLoader.Parse(file, text, diagnostics);
        return (archive, diagnostics.ToSortedList());
    }

    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void An_archive_reads_back_as_written_byte_for_byte()
    {
        var (archive, diagnostics) = Parse(Text());

        Assert.Empty(diagnostics);
        Assert.Equal(Text(), Encoding.UTF8.GetString(ArchiveFormat.Write(archive! with { File = string.Empty })));
        Assert.Equal(File, archive!.File);
        Assert.Equal([P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 74.5)], archive.Objectives[0].KeyResults[0].Window.ToArray());
        Assert.Equal(LineOf(Text(), "\"id\": \"kr2\"") - 1, archive.Objectives[0].KeyResults[1].At.Line);
    }

    [Fact]
    public void Verdict_kind_and_confidence_read_back_and_an_archive_without_them_still_reads()
    {
        var frozen = Frozen();
        var graded = frozen with { Objectives = [frozen.Objectives[0] with { Kind = ObjectiveKind.Committed, Verdict = Verdict.Missed, Confidence = 6.5 }] };
        var text = Encoding.UTF8.GetString(ArchiveFormat.Write(graded));

        var read = Parse(text).Archive!.Objectives[0];
        var older = Parse(text.Replace("      \"kind\": \"committed\",\n", string.Empty, StringComparison.Ordinal)).Archive!.Objectives[0];

        Assert.Equal((ObjectiveKind.Committed, Verdict.Missed, 6.5), (read.Kind!.Value, read.Verdict!.Value, read.Confidence!.Value));
        Assert.Null(older.Kind);
    }

    [Fact]
    public void A_written_archive_matches_the_published_schema_which_is_the_one_the_reader_uses()
    {
        var published = System.IO.File.ReadAllBytes(Path.Combine(Repository.Root, "docs", "schema", "archive.schema.json"));
        var schema = JsonSchema.FromText(Encoding.UTF8.GetString(published), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        Assert.Equal(published, ArchiveLoader.ArchiveSchema());
        using var document = JsonDocument.Parse(Text());
        Assert.True(schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Bad_json_is_OKR0601_at_its_line()
    {
        var (archive, diagnostics) = Parse("{\n  \"format\": 1,\n  \"period\": \n}\n");

        Assert.Null(archive);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("OKR0601", File, 4), (d.Code, d.File, d.Line));
    }

    [Theory]
    [InlineData("\"target\": 75,", "\"target\": \"75\",", "\"target\": \"75\"")]
    [InlineData("\"type\": \"metric\",", "\"type\": \"number\",", "\"type\": \"number\"")]
    [InlineData("\"weight\": 2,", "\"weight\": 2, \"colour\": 1,", "\"colour\"")]
    [InlineData("\"format\": 1,", "\"format\": 2,", "\"format\"")]
    public void A_value_the_format_does_not_allow_is_OKR0602_at_its_line(string written, string replaced, string at)
    {
        var text = Text().Replace(written, replaced, StringComparison.Ordinal);

        var (archive, diagnostics) = Parse(text);

        Assert.Null(archive);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("OKR0602", LineOf(text, at)), (d.Code, d.Line));
    }

    [Fact]
    public void A_missing_key_is_OKR0602()
    {
        var text = Text().Replace("  \"inputHash\": \"sha256:" + new string('a', 64) + "\",\n", string.Empty, StringComparison.Ordinal);

        var d = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal("OKR0602", d.Code);
        Assert.Contains("inputHash", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"currentDate\": \"2026-09-30\"", "\"currentDate\": \"2026-09-31\"", "not a real date")]
    [InlineData("\"value\": 74,", "\"value\": 1e400,", "beyond the range of numbers")]
    [InlineData("\"asOf\": \"2026-10-15\"", "\"asOf\": \"0001-01-01\"", "not a real date")]
    [InlineData("\"period\": \"2026-Q3\"", "\"period\": \"0050-Q3\"", "not a period")]
    public void What_the_schema_cannot_say_is_OKR0602_too_never_a_crash(string written, string replaced, string message)
    {
        var text = Text().Replace(written, replaced, StringComparison.Ordinal);

        var d = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal("OKR0602", d.Code);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_given_twice_is_OKR0602_at_the_second()
    {
        var text = Text().Replace("\"format\": 1,", "\"format\": 1,\n  \"format\": 1,", StringComparison.Ordinal);

        var d = Assert.Single(Parse(text).Diagnostics);

        Assert.Equal(("OKR0602", 3), (d.Code, d.Line));
    }

    [Fact]
    public void An_archive_under_another_periods_name_is_OKR0603()
    {
        var (archive, diagnostics) = Parse(Text(), "content/archive/2026-Q2.json");

        Assert.Null(archive);
        var d = Assert.Single(diagnostics);
        Assert.Equal("OKR0603", d.Code);
        Assert.Contains("its file must be content/archive/2026-Q3.json", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_is_read_through_the_site_file_system_so_a_link_out_of_the_site_is_not_read()
    {
        using var site = new TempSite().File(File, Text());
        using var outside = new TempSite().File("2026-Q2.json", Text().Replace("2026-Q3", "2026-Q2", StringComparison.Ordinal));
        System.IO.File.CreateSymbolicLink(Path.Combine(site.Root, "content/archive/2026-Q2.json"), Path.Combine(outside.Root, "2026-Q2.json"));
        var diagnostics = new DiagnosticBag();

        var archives = ArchiveLoader.Load(new SiteFileSystem(site.Root), diagnostics);

        Assert.Equal([Q3], archives.Select(a => a.Period));
        Assert.Equal("OKR0113", Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
