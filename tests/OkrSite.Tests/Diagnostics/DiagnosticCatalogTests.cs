using OkrSite.Core.Diagnostics;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Diagnostics;

public class DiagnosticCatalogTests
{
    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(Codes.All, c => Assert.Matches("^OKR[0-9]{4}$", c.Id));
    }

    [Fact]
    public void Every_field_of_codes_is_listed_in_all()
    {
        var fields = typeof(Codes).GetFields().Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!);

        Assert.Equal(fields.Select(c => c.Id).Order(), Codes.All.Select(c => c.Id).Order());
    }

    [Fact]
    public void Every_code_is_documented_with_its_cause_and_fix()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));

        Assert.All(Codes.All, code => Assert.Contains($"| {code.Id} | {(code.Severity == Severity.Error ? "error" : "warning")} | {code.Cause} | {code.Fix} |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Canonical_form_without_line_or_file()
    {
        Assert.Equal("site.json: warning OKR0201: x", new Diagnostic(Severity.Warning, "OKR0201", "x", "site.json").ToString());
        Assert.Equal("a.csv(4): error OKR0203: x", new Diagnostic(Severity.Error, "OKR0203", "x", "a.csv", 4).ToString());
        Assert.Equal("okrsite: error OKR0001: x", new Diagnostic(Severity.Error, "OKR0001", "x").ToString());
    }
}
