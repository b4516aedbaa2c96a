using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Load.Previous;
using OkrSite.Core.Model;
using OkrSite.Core.Render;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// Puts the comparison with a previous report on the Report: --compare-to, else site.json compareTo. The current
/// side is this build's own report.json, written and read back with the reader the previous one goes through, so
/// a build's comparison and <c>okrsite diff</c> of the same two files cannot disagree.
/// </summary>
internal static class CompareStep
{
    public static Report Attach(Report report, BuildOptions options, SiteFileSystem site, DiagnosticBag diagnostics)
    {
        if (options.CompareTo is { } given)
        {
            site.NotePlainPath(Path.GetFullPath(given));
        }

        var previous = options.CompareTo is { } path
            ? PreviousReport.FromPath(Path.GetFullPath(path), path, diagnostics, Codes.PreviousReportMissing, site.ReadAllBytes)
            : report.Config.CompareTo is { } inSite
                ? PreviousReport.FromSite(site, inSite, diagnostics, Codes.PreviousReportMissing)
                : null;
        if (previous is null || diagnostics.HasErrors)
        {
            return report;
        }

        if (previous.AsOf > report.AsOf)
        {
            diagnostics.Add(Codes.PreviousReportLater, new SourceSpan(options.CompareTo ?? report.Config.CompareTo!), $"the previous report is as of {Render.Html.Format.IsoDate(previous.AsOf)}, after this report's {Render.Html.Format.IsoDate(report.AsOf)}: the comparison reads backwards");
        }

        var current = ReportSnapshotReader.ReadOwn(ReportJson.Write(report));
        return report with { Comparison = ComparisonRule.Compare(previous, current) };
    }
}
