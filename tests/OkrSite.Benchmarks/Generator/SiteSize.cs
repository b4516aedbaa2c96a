using System.Globalization;

namespace OkrSite.Benchmarks.Generator;

/// <summary>
/// How big a synthetic site is. Data always ends on <see cref="SiteGenerator.AsOf"/> and runs <see cref="Days"/>
/// days back; objectives cover the last <see cref="Quarters"/> quarters and <see cref="Years"/> calendar years that end
/// on or before asOf, each starting after the first day of data so that every metric key result has a baseline.
/// </summary>
public sealed record SiteSize(string Name, int Teams, int Kpis, int Days, int Quarters, int Years, int ObjectivesPerTeamQuarter = 4)
{
    /// <summary>8 teams, 60 KPIs, one year of daily values: a few seconds, for quick checks.</summary>
    public static SiteSize Small { get; } = new("small", 8, 60, 366, 4, 1);

    /// <summary>60 teams, 4 quarters + 1 year (≈1,000 objectives, ≈4,000 KRs), 300 KPIs × 2 years daily (≈220,000 rows).</summary>
    public static SiteSize Medium { get; } = new("medium", 60, 300, 731, 4, 1);

    /// <summary>500 teams, 8 quarters + 2 years (≈16,000 objectives, ≈64,000 KRs), 2,000 KPIs × 3 years daily (≈2.2 million rows).</summary>
    public static SiteSize Large { get; } = new("large", 500, 2000, 1096, 8, 2);

    public static IReadOnlyList<SiteSize> Named { get; } = [Small, Medium, Large];

    public DateOnly DataStart => SiteGenerator.AsOf.AddDays(-(Days - 1));

    /// <summary>
    /// small | medium | large | TEAMSxKPISxDAYS (e.g. 120x600x731). A custom size gets as many of the last 4 quarters
    /// and the last calendar year as its data covers; <paramref name="quarters"/> and <paramref name="years"/> override.
    /// </summary>
    public static SiteSize Parse(string text, int? quarters = null, int? years = null)
    {
        var named = Named.FirstOrDefault(s => string.Equals(s.Name, text, StringComparison.OrdinalIgnoreCase));
        SiteSize size;
        if (named is not null)
        {
            size = named;
        }
        else
        {
            var parts = text.Split('x');
            if (parts.Length != 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0))
            {
                throw new ArgumentException($"size '{text}' is neither small, medium, large nor TEAMSxKPISxDAYS such as 60x300x731");
            }

            var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var probe = new SiteSize(text, n[0], n[1], n[2], 0, 0);
            size = probe with { Quarters = Math.Min(4, probe.MaxQuarters()), Years = Math.Min(1, probe.MaxYears()) };
        }

        size = size with { Quarters = quarters ?? size.Quarters, Years = years ?? size.Years };
        if (size.Quarters < 1 || size.Quarters > size.MaxQuarters())
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"size '{text}': {size.Days} days of data cover at most {size.MaxQuarters()} quarters with a baseline before them; asked for {size.Quarters}"));
        }

        if (size.Years < 0 || size.Years > size.MaxYears())
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"size '{text}': {size.Days} days of data cover at most {size.MaxYears()} years with a baseline before them; asked for {size.Years}"));
        }

        return size;
    }

    /// <summary>The quarters of the site, oldest first.</summary>
    public IReadOnlyList<(int Year, int Quarter)> QuarterList()
    {
        var list = new List<(int, int)>();
        var (year, quarter) = (SiteGenerator.AsOf.Year, ((SiteGenerator.AsOf.Month - 1) / 3) + 1);
        for (var i = 0; i < Quarters; i++)
        {
            list.Add((year, quarter));
            (year, quarter) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
        }

        list.Reverse();
        return list;
    }

    /// <summary>The calendar years of the site, oldest first.</summary>
    public IReadOnlyList<int> YearList() => [.. Enumerable.Range(SiteGenerator.AsOf.Year - Years + 1, Years)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Teams} teams, {Kpis} KPIs, {Days} days, {Quarters} quarters + {Years} years)");

    private int MaxQuarters()
    {
        var count = 0;
        var (year, quarter) = (SiteGenerator.AsOf.Year, ((SiteGenerator.AsOf.Month - 1) / 3) + 1);
        while (new DateOnly(year, ((quarter - 1) * 3) + 1, 1) > DataStart)
        {
            count++;
            (year, quarter) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1);
        }

        return count;
    }

    private int MaxYears()
    {
        var count = 0;
        while (new DateOnly(SiteGenerator.AsOf.Year - count, 1, 1) > DataStart)
        {
            count++;
        }

        return count;
    }
}
