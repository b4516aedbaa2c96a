using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach;

/// <summary>
/// The coach stage: runs every check of <see cref="CoachCatalog"/> over the Report, drops what site.json's
/// coach.off and each file's <c>coach:</c> switch off, and returns the findings in diagnostic order. It reads only
/// the Report, so it can run on any report, as an analyzer runs on a compilation.
/// </summary>
internal static class OkrCoach
{
    public sealed record Result(ImmutableArray<Finding> Findings, ImmutableArray<Diagnostic> Problems);

    /// <summary>The findings, and the switch entries that name no check (OKR0500), both sorted.</summary>
    public static Result Run(Report report)
    {
        var problems = new List<Diagnostic>();
        var siteOff = Resolve(report.Config.Coach.Off, "site.json coach.off", problems);
        var context = new CoachContext(report);
        var findings = new List<Finding>();
        var fileSwitches = new Dictionary<CoachSwitch, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var check in CoachCatalog.Checks)
        {
            if (siteOff.Contains(CoachCatalog.All) || siteOff.Contains(check.Code.Id))
            {
                continue;
            }

            foreach (var f in check.Run(context))
            {
                if (f.Switch.Off.IsEmpty)
                {
                    findings.Add(Stamp(check, f));
                    continue;
                }

                if (!fileSwitches.TryGetValue(f.Switch, out var off))
                {
                    off = Resolve(f.Switch.Off, "coach: off", null);
                    fileSwitches.Add(f.Switch, off);
                }

                if (!off.Contains(CoachCatalog.All) && !off.Contains(check.Code.Id))
                {
                    findings.Add(Stamp(check, f));
                }
            }
        }

        // A file's switch names are checked whether or not a check fired there: a typo must show before it matters.
        foreach (var entry in report.Objectives.Select(o => o.Coach).Concat(report.Kpis.Select(k => k.Coach)).Concat(report.Teams.Select(t => t.Coach)).SelectMany(s => s.Off))
        {
            _ = Resolve([entry], "coach: off", problems);
        }

        return new Result([.. findings.OrderBy(AsDiagnostic, DiagnosticOrder.Instance).ThenBy(f => f.Subject, StringComparer.Ordinal)], [.. problems.Order(DiagnosticOrder.Instance)]);
    }

    /// <summary>Adds the findings (and switch problems) to the build's diagnostics.</summary>
    /// <remarks>
    /// Findings are advice: under --warnings-as-errors they stay warnings unless site.json sets coach.strict, so
    /// a team that knowingly keeps six key results can still publish in strict CI. A switch naming no check is a
    /// mistake in the input like an unknown key, and follows --warnings-as-errors.
    /// </remarks>
    public static void Report(Result result, CoachOptions options, DiagnosticBag diagnostics)
    {
        foreach (var problem in result.Problems)
        {
            diagnostics.Add(problem);
        }

        foreach (var finding in result.Findings)
        {
            diagnostics.Add(AsDiagnostic(finding), promote: diagnostics.WarningsAsErrors && options.Strict);
        }
    }

    /// <summary>The finding as the warning that okrsite check prints, at its subject's file and line.</summary>
    public static Diagnostic AsDiagnostic(Finding f) =>
        new(Severity.Warning, f.Code, $"{f.Message} (coach check '{f.Check}')", f.Source.IsNone ? null : f.Source.File, f.Source.Line, f.Source.Column);

    private static Finding Stamp(CoachCheck check, CoachFinding f) =>
        new(check.Code.Id, check.Name, check.Title, f.Found, f.Advice, f.Kind, f.Subject, f.SubjectName, f.Team, f.Period, f.Source);

    /// <summary>The codes <paramref name="entries"/> switch off; each entry that names no check is a problem when <paramref name="problems"/> is given.</summary>
    private static HashSet<string> Resolve(IEnumerable<CoachSwitchEntry> entries, string where, List<Diagnostic>? problems)
    {
        var off = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (CoachCatalog.Resolve(entry.Name) is { } code)
            {
                off.Add(code);
            }
            else
            {
                problems?.Add(new Diagnostic(
                    Codes.CoachUnknownCheck.Severity,
                    Codes.CoachUnknownCheck.Id,
                    $"'{entry.Name}' in {where} is no check of the coach, so it switches nothing off{Suggest.DidYouMean(entry.Name, CoachCatalog.SwitchNames)}",
                    entry.At.IsNone ? null : entry.At.File,
                    entry.At.Line,
                    entry.At.Column));
            }
        }

        return off;
    }
}
