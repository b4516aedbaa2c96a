using System.Globalization;
using System.Text.RegularExpressions;
using OkrSite.Core.Diagnostics;
using OkrSite.Tests.Support;
using Xunit.Abstractions;

namespace OkrSite.Tests.BadInput;

/// <summary>
/// Every bad input of the fail-safe issue, run through <c>okrsite check</c> on a minimal site: each must give one clear
/// diagnostic in the canonical form with file, line (and column where it means something), code and message, exit 1
/// (0 for the documented warnings), and never a stack trace.
/// </summary>
public partial class BadInputTableTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases { get; } = new(BadInputCases.All.Select(c => c.Name));

    [Fact]
    public void The_minimal_site_is_clean()
    {
        using var site = BadInputCases.Minimal();

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
        Assert.EndsWith("0 errors, 0 warnings\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_a_row_for_every_bad_input_of_the_issue()
    {
        var names = BadInputCases.All.Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.True(names.Count >= 40, string.Create(CultureInfo.InvariantCulture, $"only {names.Count} cases"));
        string[] required =
        [
            "csv-empty", "md-objective-empty", "site-json-empty", "csv-header-only-long", "csv-header-no-known-columns",
            "csv-row-too-few-fields", "csv-row-too-many-fields", "csv-unterminated-quote", "csv-value-1.2.3", "csv-value-NaN",
            "csv-value-Infinity", "csv-value-1e400", "csv-date-2026-02-30", "csv-windows-1252", "md-windows-1252",
            "yaml-unclosed-quote", "weight-heavy", "key-results-3", "aligns-to-mapping", "title-list",
            "objective-without-key-results", "id-upper-case", "id-space", "id-dot-dot", "id-slash", "file-name-upper-case",
            "file-name-space", "file-name-dot-dot", "period-2026-Q5", "site-json-not-json", "site-json-array",
        ];
        Assert.Empty(required.Except(names, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_one_clear_diagnostic(string name) => Verify(BadInputCases.Get(name));

    /// <summary>Found by the scoring properties: two KRs with weight 1e308 once made the objective score NaN (the sum of
    /// the weights overflowed) and the build died writing report.json.</summary>
    [Fact]
    public void Huge_weights_are_scored_without_overflow()
    {
        using var site = BadInputCases.Minimal();
        site.File(BadInputCases.Okr, "---\ntitle: Grow\nkey_results:\n  - title: a\n    weight: 1e308\n    done: true\n  - title: b\n    weight: 1.7976931348623157e308\n    progress: 0.5\n---\n");

        var run = CliRun.Of("build", site.Root);

        output.WriteLine(run.Error + run.Output);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        using var report = System.Text.Json.JsonDocument.Parse(site.Read("_site/report.json"));
        var objective = report.RootElement.GetProperty("objectives")[0];

        // (1 × 1e308 + 0.5 × 1.797…e308) / (1e308 + 1.797…e308), computed without ever forming the overflowing sums.
        Assert.Equal((1 * 1e308 / double.MaxValue + 0.5) / (1e308 / double.MaxValue + 1), objective.GetProperty("score").GetDouble(), 12);
    }

    private void Verify(BadInputCase bad)
    {
        using var site = BadInputCases.Minimal();
        bad.Arrange(site);

        var run = CliRun.Of("check", site.Root);

        var transcript = $"exit {run.ExitCode}\nstderr:\n{run.Error}stdout:\n{run.Output}";
        output.WriteLine(transcript);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);

        var lines = run.ErrorLines;
        var parsed = lines.Select(l => (Line: l, Match: Canonical().Match(l))).ToList();
        Assert.All(parsed, p => Assert.True(p.Match.Success, $"not in the canonical form: {p.Line}\n{transcript}"));
        Assert.All(parsed, p => Assert.Contains(Codes.All, c => c.Id == p.Match.Groups["code"].Value && (c.Severity == Severity.Error) == (p.Match.Groups["severity"].Value == "error")));

        var errors = parsed.Count(p => p.Match.Groups["severity"].Value == "error");
        var warnings = parsed.Count - errors;
        Assert.True(lines.Any(l => l.StartsWith(bad.Origin + ": ", StringComparison.Ordinal) && l.Contains(bad.Fragment, StringComparison.Ordinal)), $"expected '{bad.Origin}: …{bad.Fragment}…'\n{transcript}");
        Assert.True((bad.ExitCode, bad.Errors, bad.Warnings) == (run.ExitCode, errors, warnings), $"expected exit {bad.ExitCode} with {bad.Errors} errors and {bad.Warnings} warnings\n{transcript}");
        var summary = string.Create(CultureInfo.InvariantCulture, $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}\n");
        Assert.EndsWith(summary, run.Output, StringComparison.Ordinal);
        if (bad.ExitCode == 0)
        {
            Assert.StartsWith("Checked ", run.Result, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(summary, run.Result);
        }
    }

    // file(line) or file(line,col), or "okrsite" for diagnostics without a file; then severity, code, message.
    [GeneratedRegex(@"^(?<origin>okrsite|[^()\r\n]+?(\((?<line>[1-9]\d*)(,(?<column>[1-9]\d*))?\))?): (?<severity>error|warning) (?<code>OKR\d{4}): (?<message>\S.*)$")]
    private static partial Regex Canonical();
}
