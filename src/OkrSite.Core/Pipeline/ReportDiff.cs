using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Previous;
using OkrSite.Core.Model;
using OkrSite.Core.Render;

namespace OkrSite.Core.Pipeline;

/// <summary>What <c>okrsite diff</c> prints: two report.json files, read and checked by the reader a build's --compare-to uses.</summary>
public sealed record ReportDiffResult(Comparison? Comparison, string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Comparison is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary><c>okrsite diff OLD NEW</c>: the comparison of two report.json files as Markdown.</summary>
public static class ReportDiff
{
    /// <param name="oldPath">The earlier report, as the user wrote its path (messages name it so).</param>
    public static ReportDiffResult Run(string oldPath, string newPath)
    {
        var diagnostics = new DiagnosticBag();
        var previous = PreviousReport.FromPath(Path.GetFullPath(oldPath), oldPath, diagnostics, Codes.DiffFileMissing);
        var current = PreviousReport.FromPath(Path.GetFullPath(newPath), newPath, diagnostics, Codes.DiffFileMissing);
        if (previous is null || current is null)
        {
            return new ReportDiffResult(null, null, diagnostics.ToSortedList());
        }

        if (previous.AsOf > current.AsOf)
        {
            diagnostics.Add(Codes.PreviousReportLater, new SourceSpan(oldPath), $"{oldPath} is as of {Render.Html.Format.IsoDate(previous.AsOf)}, after {newPath} ({Render.Html.Format.IsoDate(current.AsOf)}): the comparison reads backwards; give the older report first");
        }

        var comparison = ComparisonRule.Compare(previous, current);
        return new ReportDiffResult(comparison, ComparisonMarkdown.Write(comparison), diagnostics.ToSortedList());
    }

    /// <summary>The one-line summary of a comparison ("2 status changes, 1 KPI into warning"), as the dashboard words it.</summary>
    public static string Summary(Comparison comparison) => ComparisonMarkdown.Summary(comparison);
}
