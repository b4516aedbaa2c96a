using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Fields;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Fields;

/// <summary>One reader for typed fields: the same text reads as the same number, or fails with the same words, in site.json and front matter.</summary>
public class FieldReaderTests
{
    private static readonly SourceSpan Here = new("x.md", 4, 9);

    private static (T Result, IReadOnlyList<Diagnostic> Diagnostics) Read<T>(FieldFormat format, Func<FieldReader, T> read) =>
        Diagnose.Run(bag => read(new FieldReader(format, bag)));

    private static FieldValue Plain(string text) => new("target", text, ValueShape.Plain, Here);

    [Theory]
    [InlineData("0.7", 0.7)]
    [InlineData("12,480", 12480)]
    [InlineData("1_000", 1000)]
    [InlineData("75%", 75)]
    [InlineData("-3.5e2", -350)]
    public void A_number_is_read_by_the_csv_rule(string text, double expected)
    {
        var (value, diagnostics) = Read(FieldFormat.FrontMatter, r => r.Number(Plain(text)));

        Assert.Empty(diagnostics);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("99,9", "target must be a number, but is '99,9'; front matter uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write '99.9'")]
    [InlineData("12abc", "target must be a number, but is '12abc'")]
    [InlineData("75 %x", "target must be a number, but is '75 %x'")]
    [InlineData("1e400", "target must be a number, but is '1e400', which is too large to be one")]
    [InlineData("-", "target must be a number, but is '-'")]
    public void Text_that_is_not_a_plain_number_is_an_error_at_the_value_never_another_number(string text, string message)
    {
        var (value, diagnostics) = Read(FieldFormat.FrontMatter, r => r.Number(Plain(text)));

        Assert.Null(value);
        Assert.Equal($"x.md(4,9): error OKR0104: {message}", Assert.Single(diagnostics).ToString());
    }

    [Theory]
    [InlineData("0.7", 0.7, null)]
    [InlineData("\"0.7\"", 0.7, null)]
    [InlineData("\"0,7\"", null, "scoring.success must be a number, but is '0,7'; site.json uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write '0.7'")]
    [InlineData("\"high\"", null, "scoring.success must be a number, but is 'high'")]
    [InlineData("true", null, "scoring.success must be a number, but is true")]
    [InlineData("[0.7]", null, "scoring.success must be a number, but is a list")]
    [InlineData("1e400", null, "scoring.success must be a number, but is '1e400', which is too large to be one")]
    public void Site_json_numbers_follow_the_same_rule_quoted_or_not(string json, double? expected, string? message)
    {
        var (config, diagnostics) = Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes($"{{\n  \"title\": \"Acme\",\n  \"scoring\": {{ \"success\": {json}, \"atRisk\": 0.25 }}\n}}"), bag));

        if (message is null)
        {
            Assert.Empty(diagnostics);
            Assert.Equal(expected, config!.Scoring.Success);
        }
        else
        {
            Assert.Equal($"site.json(3,16): error OKR0004: {message}", Assert.Single(diagnostics).ToString());
            Assert.Equal(ScoringOptions.Default.Success, config!.Scoring.Success);
        }
    }

    [Fact]
    public void Front_matter_and_site_json_say_the_same_about_the_same_text()
    {
        var (_, front) = Diagnose.Run(bag => ContentParser.ParseKpi("content/kpis/nps.md", "---\nname: NPS\ntarget: 0,7\n---\n", bag));
        var (_, json) = Diagnose.Run(bag => SiteConfigLoader.Parse("{ \"title\": \"A\", \"scoring\": { \"success\": \"0,7\" } }"u8.ToArray(), bag));

        var frontMessage = Assert.Single(front).Message;
        var jsonMessage = Assert.Single(json).Message;
        Assert.Equal(frontMessage.Replace("target", "X").Replace("front matter", "F"), jsonMessage.Replace("scoring.success", "X").Replace("site.json", "F"));
    }

    [Theory]
    [InlineData("Plain", "yes", true)]
    [InlineData("Plain", "Off", false)]
    [InlineData("Quoted", "true", true)]
    public void Front_matter_reads_the_yaml_words_for_true_and_false(string shape, string text, bool expected) =>
        Assert.Equal(expected, Read(FieldFormat.FrontMatter, r => r.Bool(new FieldValue("done", text, Enum.Parse<ValueShape>(shape), Here))).Result);

    [Theory]
    [InlineData("Bool", "true", true, null)]
    [InlineData("Quoted", "true", null, "allowHtml must be true or false, but is 'true'")]
    [InlineData("Number", "1", null, "allowHtml must be true or false, but is 1")]
    public void Site_json_keeps_json_types_for_true_false_and_text(string shape, string text, bool? expected, string? message)
    {
        var (value, diagnostics) = Read(FieldFormat.SiteJson, r => r.Bool(new FieldValue("allowHtml", text, Enum.Parse<ValueShape>(shape), Here)));

        Assert.Equal(expected, value);
        Assert.Equal(message, diagnostics.SingleOrDefault()?.Message);
        Assert.Equal("title must be a string in quotes, but is 5", Read(FieldFormat.SiteJson, r => r.Text(new FieldValue("title", "5", ValueShape.Number, Here))).Diagnostics.Single().Message);
    }

    [Theory]
    [InlineData("2026-09-30", null)]
    [InlineData("30.09.2026", "asOf '30.09.2026' is not a date; write it as yyyy-MM-dd, for example 2026-09-30")]
    [InlineData("9999-12-31", "asOf '9999-12-31' is outside the supported dates 0100-01-01 to 9998-12-31; check the year")]
    public void A_date_is_yyyy_MM_dd_within_the_supported_dates(string text, string? message)
    {
        var (value, diagnostics) = Read(FieldFormat.SiteJson, r => r.Date(new FieldValue("asOf", text, ValueShape.Quoted, Here)));

        Assert.Equal(message is null ? new DateOnly(2026, 9, 30) : null, value);
        Assert.Equal(message, diagnostics.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("2026-Q3", null)]
    [InlineData("2026-Q5", "period '2026-Q5' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4")]
    [InlineData("0042-Q1", "period '0042-Q1' is outside the supported years 0100 to 9998")]
    public void A_period_says_which_part_is_wrong_in_both_formats(string text, string? message)
    {
        foreach (var (format, code) in new[] { (FieldFormat.FrontMatter, Codes.InvalidPeriod), (FieldFormat.SiteJson, Codes.SiteConfigInvalidValue) })
        {
            var (value, diagnostics) = Read(format, r => r.Period(new FieldValue("period", text, ValueShape.Quoted, Here)));

            Assert.Equal(message is null ? Period.Parse("2026-Q3") : null, value);
            Assert.Equal(message, diagnostics.SingleOrDefault()?.Message);
            Assert.All(diagnostics, d => Assert.Equal(code.Id, d.Code));
        }
    }

    [Fact]
    public void A_choice_lists_what_is_allowed()
    {
        var (value, diagnostics) = Read(FieldFormat.FrontMatter, r => r.Choice<Direction>(new FieldValue("direction", "up", ValueShape.Plain, Here), "a KPI"));

        Assert.Null(value);
        Assert.Equal("x.md(4,9): error OKR0108: direction 'up' of a KPI is not one of: higher, lower", Assert.Single(diagnostics).ToString());
        Assert.Equal(Direction.Lower, Read(FieldFormat.FrontMatter, r => r.Choice<Direction>(new FieldValue("direction", "LOWER", ValueShape.Plain, Here), "a KPI")).Result);
    }

    [Fact]
    public void A_text_list_keeps_each_entry_with_its_position_and_names_a_bad_one()
    {
        var first = new SourceSpan("x.md", 5, 3);
        var list = new FieldValue("aligns_to", null, ValueShape.List, Here)
        {
            Items = [new("aligns_to", " grow ", ValueShape.Plain, first), new("aligns_to", null, ValueShape.Mapping, Here), new("aligns_to", null, ValueShape.Plain, Here)],
        };

        var (values, diagnostics) = Read(FieldFormat.FrontMatter, r => r.TextList(list, "an id", "ids"));

        Assert.Equal([new Located<string>("grow", first)], values.AsEnumerable());
        Assert.Equal("each entry of 'aligns_to' must be an id, not a mapping of fields", Assert.Single(diagnostics).Message);
    }
}
