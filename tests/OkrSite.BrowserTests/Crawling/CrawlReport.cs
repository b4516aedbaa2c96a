using System.Text;

namespace OkrSite.BrowserTests.Crawling;

/// <summary>Everything a crawl found: the pages visited in order, those reachable only from the file listing, and every problem.</summary>
public sealed class CrawlReport(IReadOnlyList<string> pages, IReadOnlyList<string> orphans, IReadOnlyList<Problem> problems)
{
    /// <summary>Every page visited (paths such as /okrsite/objectives/x/), in the order visited.</summary>
    public IReadOnlyList<string> Pages { get; } = pages;

    /// <summary>Pages no link leads to, visited because the build output holds their index.html.</summary>
    public IReadOnlyList<string> Orphans { get; } = orphans;

    public IReadOnlyList<Problem> Problems { get; } = problems;

    public IEnumerable<Problem> On(string page) => Problems.Where(p => p.Page == page);

    /// <summary>This report with more problems, e.g. site-wide ones found after the crawl.</summary>
    public CrawlReport With(IEnumerable<Problem> more) => new(Pages, Orphans, [.. Problems, .. more]);

    /// <summary>All problems grouped by page, one per line, for an assertion message.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var pagesWithProblems = Problems.Select(p => p.Page).Distinct(StringComparer.Ordinal).Count();
        text.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"{Problems.Count} problem(s) on {pagesWithProblems} of {Pages.Count} page(s) visited");
        foreach (var group in Problems.GroupBy(p => p.Page, StringComparer.Ordinal))
        {
            text.Append('\n').Append(group.Key);
            foreach (var problem in group)
            {
                text.Append("\n  ").Append(problem.Kind).Append(": ").Append(problem.Detail);
            }
        }

        if (Orphans.Count > 0)
        {
            text.Append("\nOrphan pages (no link leads to them): ").AppendJoin(", ", Orphans);
        }

        return text.ToString();
    }
}
