using System.Globalization;
using System.Text;

namespace OkrSite.Benchmarks.Generator;

/// <summary>
/// Writes a complete synthetic site in OkrSite's input format: teams in a 3-level hierarchy, KPIs with daily values
/// spread over CSV files of every dialect, objectives with 3–5 key results aligned up the tree. The same size and seed
/// give byte-identical files: every random choice comes from one <see cref="Random"/> seeded once and drawn in a fixed
/// order, and everything is written with the invariant culture and explicit line endings.
/// </summary>
public sealed class SiteGenerator
{
    /// <summary>The report date of every synthetic site (site.json asOf) and the last day of its data.</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    /// <summary>Bump when the output of a given size and seed changes, so cached sites are regenerated.</summary>
    public const int Version = 1;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly Dialect[] DialectCycle =
    [
        Dialect.LongComma, Dialect.WideSemicolon, Dialect.LongTab, Dialect.LongComma, Dialect.WideSemicolon,
        Dialect.WideComma, Dialect.LongComma, Dialect.LongComma, Dialect.WideSemicolon, Dialect.LongTab,
    ];

    private readonly SiteSize _size;
    private readonly int _seed;
    private readonly bool _pagesOnly;
    private readonly Random _rng;
    private readonly List<TeamSpec> _teams = [];
    private readonly List<KpiSpec> _kpis = [];
    private readonly List<ObjectiveSpec> _objectives = [];
    private readonly List<Dialect> _files = [];

    /// <param name="pagesOnly">
    /// The same teams, KPIs, objectives and Markdown bodies, but no CSV data and every key result written as a milestone:
    /// a site whose build is pages only (no charts), to compare end to end with Hugo.
    /// </param>
    public SiteGenerator(SiteSize size, int seed, bool pagesOnly = false)
    {
        _size = size;
        _seed = seed;
        _pagesOnly = pagesOnly;
        _rng = new Random(seed);
    }

    private enum Dialect
    {
        /// <summary>metric,date,value,note; comma, LF, yyyy-MM-dd, '.' decimals, sorted by metric.</summary>
        LongComma,

        /// <summary>Date;m1;m2…; semicolon, CRLF, BOM, dd.MM.yyyy, ',' decimals and '.' thousands (a German Excel export).</summary>
        WideSemicolon,

        /// <summary>metric, date, value, note; tab, LF, yyyy/MM/dd, sorted by date.</summary>
        LongTab,

        /// <summary>date,m1,m2…; comma, LF, yyyy-MM-dd.</summary>
        WideComma,
    }

    public GenerationSummary Generate(string outDir)
    {
        Prepare(outDir);
        MakeTeams();
        MakeKpis();
        MakeObjectives();

        var files = new List<(string Path, byte[] Bytes)>
        {
            ("site.json", Utf8.GetBytes(SiteJson())),
            ("content/index.md", Utf8.GetBytes(IndexMd())),
        };
        files.AddRange(_teams.Select(t => ($"content/teams/{t.Id}.md", Utf8.GetBytes(TeamMd(t)))));
        files.AddRange(_kpis.Select(k => ($"content/kpis/{k.Id}.md", Utf8.GetBytes(KpiMd(k)))));
        files.AddRange(_objectives.Select(o => (o.Path, Utf8.GetBytes(ObjectiveMd(o)))));

        var csv = new (string Path, byte[] Bytes, int Lines, int Values)[_pagesOnly ? 0 : _files.Count];
        Parallel.For(0, csv.Length, i => csv[i] = CsvFile(i));
        files.AddRange(csv.Select(c => (c.Path, c.Bytes)));

        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(outDir, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        });

        var krs = _objectives.SelectMany(o => o.KeyResults).ToList();
        var metricKrs = _pagesOnly ? 0 : krs.Count(k => k.Kpi is not null);
        var kpisWithData = _pagesOnly ? 0 : _kpis.Count(k => k.Values.Any(v => !double.IsNaN(v)));
        var periods = _objectives.Select(o => o.Period).Distinct().Count();
        var summary = new GenerationSummary(
            Version,
            _size.Name,
            _seed,
            _pagesOnly,
            _size.Teams,
            _size.Kpis,
            _size.Days,
            _size.Quarters,
            _size.Years,
            AsOf.ToString("yyyy-MM-dd", Inv),
            _objectives.Count,
            krs.Count,
            metricKrs,
            krs.Count - metricKrs,
            periods,
            csv.Length,
            csv.Sum(c => (long)c.Values),
            csv.Sum(c => (long)c.Lines),
            csv.Sum(c => (long)c.Bytes.Length),
            files.Count - csv.Length - 1,
            files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).Sum(f => (long)f.Bytes.Length),
            5 + periods + _objectives.Count + _kpis.Count + _teams.Count,
            metricKrs + kpisWithData);
        File.WriteAllText(Path.Combine(outDir, GenerationSummary.FileName), summary.ToJson(), Utf8);
        return summary;
    }

    /// <summary>Empties the output folder, refusing one that holds anything but a generated site.</summary>
    private static void Prepare(string outDir)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            if (!File.Exists(Path.Combine(outDir, GenerationSummary.FileName)))
            {
                throw new IOException($"'{outDir}' is not empty and has no {GenerationSummary.FileName}, so this tool did not write it; choose another --out");
            }

            Directory.Delete(outDir, recursive: true);
        }

        Directory.CreateDirectory(outDir);
    }

    // ---- teams ---------------------------------------------------------------------------------------------------

    private void MakeTeams()
    {
        var n = _size.Teams;
        var level1 = Math.Max(1, (int)Math.Round(n / 15.0));
        var level2 = n - level1 <= 0 ? 0 : Math.Min(n - level1, Math.Max(1, (int)Math.Round(n / 4.0)));
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var level = i < level1 ? 1 : i < level1 + level2 ? 2 : 3;
            string domain;
            string name;
            if (level == 1)
            {
                domain = Words.Divisions[i % Words.Divisions.Length];
                name = $"{domain} Division";
            }
            else
            {
                domain = Pick(Words.Domains);
                name = $"{domain} {Pick(Words.Qualifiers)}";
            }

            var unique = name;
            for (var k = 2; !used.Add(unique); k++)
            {
                unique = string.Create(Inv, $"{name} {k}");
            }

            int? parent = level switch
            {
                1 => null,
                2 => (i - level1) % level1,
                _ => level2 == 0 ? (i - level1) % level1 : level1 + ((i - level1 - level2) % level2),
            };
            _teams.Add(new TeamSpec(i, Slug(unique), unique, domain, level, parent, Person()));
        }
    }

    private string TeamMd(TeamSpec t)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("name: ").Append(Q(t.Name)).Append('\n');
        if (t.Parent is { } p)
        {
            sb.Append("parent: ").Append(_teams[p].Id).Append('\n');
        }

        sb.Append("---\n");
        sb.Append(string.Create(Inv, $"The {t.Name} team is led by {t.Lead}. "));
        sb.Append(t.Level switch
        {
            1 => $"The division sets the direction for {t.Domain.ToLowerInvariant()} and the teams below it.",
            2 => $"We own {t.Domain.ToLowerInvariant()} end to end, from discovery to operations.",
            _ => $"We build and run the {t.Domain.ToLowerInvariant()} services that customers use every day.",
        });
        sb.Append("\n\nWe publish our numbers in the weekly business review and keep our runbooks in the wiki.\n");
        return sb.ToString();
    }

    // ---- KPIs and their series -------------------------------------------------------------------------------------

    private void MakeKpis()
    {
        var fileCount = Math.Clamp((int)Math.Ceiling(_size.Kpis / 10.0), 1, 50);
        for (var f = 0; f < fileCount; f++)
        {
            _files.Add(DialectCycle[f % DialectCycle.Length]);
        }

        for (var i = 0; i < _size.Kpis; i++)
        {
            var team = _teams[i % _teams.Count];
            var archetype = Words.Kpis[_rng.Next(Words.Kpis.Length)];
            var id = string.Create(Inv, $"{Slug(archetype.Name)}-{i + 1:D4}");
            var file = i % fileCount;
            var values = Series(archetype, _files[file]);
            var notes = new Dictionary<int, string>();
            if (_files[file] is Dialect.LongComma or Dialect.LongTab)
            {
                for (var d = 0; d < values.Length; d++)
                {
                    if (!double.IsNaN(values[d]) && _rng.NextDouble() < 0.004)
                    {
                        notes[d] = Pick(Words.Notes);
                    }
                }
            }

            var latest = values.LastOrDefault(v => !double.IsNaN(v), archetype.Low);
            var factor = archetype.Higher ? 1 : -1;
            var green = Round(latest * (1 + (factor * (_rng.NextDouble() * 0.18 - 0.08))), archetype.Decimals, archetype.Bounded);
            var red = Round(green * (archetype.Higher ? 0.75 + (_rng.NextDouble() * 0.15) : 1.1 + (_rng.NextDouble() * 0.2)), archetype.Decimals, archetype.Bounded);
            var thresholds = _rng.Next(10);
            var target = _rng.NextDouble() < 0.6 ? Round(green * (archetype.Higher ? 1.1 : 0.9), archetype.Decimals, archetype.Bounded) : (double?)null;
            var frequency = _rng.Next(10) switch { < 5 => "daily", < 8 => "weekly", _ => "monthly" };
            var indicator = _rng.Next(3) switch { 0 => "leading", 1 => "lagging", _ => null };
            _kpis.Add(new KpiSpec(
                i,
                id,
                $"{archetype.Name}, {team.Name}",
                archetype.Name,
                archetype.Unit,
                archetype.Higher,
                archetype.Decimals,
                archetype.Bounded,
                team.Index,
                file,
                values,
                notes,
                thresholds < 8 ? green : null,
                thresholds is < 7 or 8 ? red : null,
                target,
                frequency,
                indicator,
                Person(),
                Pick(Words.Sources),
                _rng.Next(2) + 1));
        }
    }

    /// <summary>A daily random walk rounded as the export writes it; NaN is no value (a gap, or a KPI that went stale).</summary>
    private double[] Series((string Name, string Unit, bool Higher, double Low, double High, int Decimals, bool Bounded) a, Dialect dialect)
    {
        var values = new double[_size.Days];
        var v = a.Low + (_rng.NextDouble() * (a.High - a.Low));
        var improving = a.Higher ? 1 : -1;
        var drift = improving * ((_rng.NextDouble() * 0.0009) - 0.0003);
        var volatility = 0.002 + (_rng.NextDouble() * 0.01);
        var staleFrom = _rng.NextDouble() < 0.03 ? _size.Days - 40 - _rng.Next(40) : int.MaxValue;
        var gaps = dialect is Dialect.WideSemicolon or Dialect.WideComma ? 0.01 : 0.0;
        var floor = Math.Pow(10, -a.Decimals);
        for (var d = 0; d < values.Length; d++)
        {
            v *= 1 + drift + (volatility * Normal());
            v = Math.Clamp(v, a.Low * 0.2, a.Bounded ? 99.9 : a.High * 5);
            var gap = _rng.NextDouble() < gaps;
            values[d] = d >= staleFrom || gap ? double.NaN : Math.Max(floor, Round(v, a.Decimals, a.Bounded));
        }

        return values;
    }

    private string KpiMd(KpiSpec k)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("name: ").Append(Q(k.Name)).Append('\n');
        sb.Append("unit: ").Append(Q(k.Unit)).Append('\n');
        sb.Append("direction: ").Append(k.Higher ? "higher" : "lower").Append('\n');
        if (k.Indicator is { } indicator)
        {
            sb.Append("indicator: ").Append(indicator).Append('\n');
        }

        sb.Append("frequency: ").Append(k.Frequency).Append('\n');
        sb.Append("owner: ").Append(Q(k.Owner)).Append('\n');
        sb.Append("source: ").Append(Q(k.Source)).Append('\n');
        sb.Append("team: ").Append(_teams[k.Team].Id).Append('\n');
        AppendNumber(sb, "target", k.Target);
        AppendNumber(sb, "green", k.Green);
        AppendNumber(sb, "red", k.Red);
        sb.Append("---\n");
        var team = _teams[k.Team];
        for (var p = 0; p < k.Paragraphs; p++)
        {
            sb.Append(p == 0
                ? $"The {k.Archetype.ToLowerInvariant()} of {team.Name}, measured daily from {k.Source} and reviewed every week by {k.Owner}. "
                  + (k.Higher ? "Higher is better." : "Lower is better.")
                : "The value is the daily figure as exported, without smoothing; gaps are days the export did not run. "
                  + "See the *data dictionary* for the exact definition.");
            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    // ---- objectives ------------------------------------------------------------------------------------------------

    private void MakeObjectives()
    {
        var company = new Dictionary<int, List<ObjectiveSpec>>();
        var divisionAnnual = new Dictionary<(int Team, int Year), List<ObjectiveSpec>>();
        foreach (var year in _size.YearList())
        {
            var list = new List<ObjectiveSpec>();
            var count = Math.Min(Words.CompanyObjectives.Length, 4 + _rng.Next(3));
            for (var k = 0; k < count; k++)
            {
                var id = string.Create(Inv, $"company-{year}-{k + 1}");
                var o = Objective(id, $"content/okrs/{year}/{id}.md", Words.CompanyObjectives[(k + year) % Words.CompanyObjectives.Length], year.ToString(Inv), null, false, [], YearRange(year));
                list.Add(o);
            }

            company[year] = list;
            foreach (var division in _teams.Where(t => t.Level == 1))
            {
                var annual = new List<ObjectiveSpec>();
                for (var k = 0; k < 2; k++)
                {
                    var id = string.Create(Inv, $"{division.Id}-{year}-a{k + 1}");
                    var title = string.Format(Inv, Pick(Words.Objectives), division.Domain.ToLowerInvariant());
                    annual.Add(Objective(id, $"content/okrs/annual/{division.Id}/{id}.md", title, year.ToString(Inv), division, true, [Pick(list).Id], YearRange(year)));
                }

                divisionAnnual[(division.Index, year)] = annual;
            }
        }

        foreach (var (year, quarter) in _size.QuarterList())
        {
            var period = string.Create(Inv, $"{year}-Q{quarter}");
            var range = (new DateOnly(year, ((quarter - 1) * 3) + 1, 1), new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1));
            var byTeam = new List<ObjectiveSpec>[_teams.Count];
            foreach (var team in _teams)
            {
                var list = new List<ObjectiveSpec>();
                for (var k = 0; k < _size.ObjectivesPerTeamQuarter; k++)
                {
                    var id = string.Create(Inv, $"{team.Id}-{year}-q{quarter}-{k + 1}");
                    var title = string.Format(Inv, Pick(Words.Objectives), team.Domain.ToLowerInvariant());
                    var companyOfYear = company.GetValueOrDefault(year);
                    var roll = _rng.NextDouble();
                    List<string> aligns = [];
                    if (team.Parent is { } parent && byTeam[parent] is { Count: > 0 } parentObjectives)
                    {
                        // Parents come first in the team list, so their objectives of the quarter already exist.
                        if (roll < 0.75)
                        {
                            aligns.Add(Pick(parentObjectives).Id);
                            if (_rng.NextDouble() < 0.05 && companyOfYear is not null)
                            {
                                aligns.Add(Pick(companyOfYear).Id);
                            }
                        }
                        else if (roll < 0.9 && companyOfYear is not null)
                        {
                            aligns.Add(Pick(companyOfYear).Id);
                        }
                    }
                    else if (roll < 0.7 && divisionAnnual.TryGetValue((team.Index, year), out var annual))
                    {
                        aligns.Add(Pick(annual).Id);
                    }
                    else if (roll < 0.85 && companyOfYear is not null)
                    {
                        aligns.Add(Pick(companyOfYear).Id);
                    }

                    list.Add(Objective(id, $"content/okrs/{period}/{team.Id}/{id}.md", title, period, team, false, aligns, range));
                }

                byTeam[team.Index] = list;
            }
        }
    }

    private static (DateOnly, DateOnly) YearRange(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private ObjectiveSpec Objective(string id, string path, string title, string period, TeamSpec? team, bool explicitPeriod, List<string> aligns, (DateOnly Start, DateOnly End) range)
    {
        var krCount = 3 + _rng.Next(3);
        var krs = new List<KeyResultSpec>();
        for (var i = 0; i < krCount; i++)
        {
            krs.Add(KeyResult(team, range.Start));
        }

        var domain = team?.Domain ?? "the company";
        var body = Body(team?.Name ?? "leadership", domain.ToLowerInvariant(), krs.FirstOrDefault(k => k.Kpi is not null)?.Kpi?.Name ?? "the main KPI", period, id);
        var spec = new ObjectiveSpec(id, path, title, period, team?.Id, explicitPeriod, Person(), aligns, krs, body);
        _objectives.Add(spec);
        return spec;
    }

    private KeyResultSpec KeyResult(TeamSpec? team, DateOnly periodStart)
    {
        var weight = _rng.NextDouble() < 0.15 ? 2 : 1;
        var manual = _rng.NextDouble() < 0.02 ? Math.Round(_rng.NextDouble(), 2) : (double?)null;
        if (_rng.NextDouble() < 0.75 && _kpis.Count > 0)
        {
            var kpi = ChooseKpi(team);
            var baseline = LatestBefore(kpi, periodStart) ?? kpi.Values.First(v => !double.IsNaN(v));
            var gain = 0.05 + (_rng.NextDouble() * 0.25);
            var target = Round(baseline * (1 + (kpi.Higher ? gain : -gain)), kpi.Decimals, kpi.Bounded);
            if (target == baseline)
            {
                target = kpi.Higher ? baseline + 1 : Math.Max(0, baseline - 1);
                target = target == baseline ? baseline + 1 : target;
            }

            var explicitBaseline = _rng.NextDouble() < 0.1 ? Round(baseline * 0.98, kpi.Decimals, kpi.Bounded) : (double?)null;
            if (explicitBaseline == target)
            {
                explicitBaseline = null;
            }

            var shownBaseline = explicitBaseline ?? baseline;
            var title = string.Create(Inv, $"{(kpi.Higher ? "Raise" : "Cut")} {kpi.Archetype.ToLowerInvariant()} from {N(shownBaseline)} to {N(target)} {kpi.Unit}");
            var progress = Math.Round(_rng.NextDouble(), 1);
            return new KeyResultSpec(title, kpi, target, explicitBaseline, _rng.NextDouble() < 0.1 ? kpi.Unit : null, weight, false, progress, manual);
        }

        var milestone = string.Format(Inv, Pick(Words.Milestones), (team?.Domain ?? "company").ToLowerInvariant());
        var state = _rng.Next(20);
        return new KeyResultSpec(milestone, null, null, null, null, weight, state < 8, state is >= 8 and < 17 ? Math.Round(_rng.NextDouble(), 1) : null, manual, state % 2 == 0);
    }

    private KpiSpec ChooseKpi(TeamSpec? team)
    {
        var roll = _rng.NextDouble();
        if (team is not null)
        {
            var own = _kpis.Where(k => k.Team == team.Index).ToList();
            if (roll < 0.7 && own.Count > 0)
            {
                return Pick(own);
            }

            if (roll < 0.9 && team.Parent is { } parent && _kpis.Where(k => k.Team == parent).ToList() is { Count: > 0 } parents)
            {
                return Pick(parents);
            }
        }

        return _kpis[_rng.Next(_kpis.Count)];
    }

    private double? LatestBefore(KpiSpec kpi, DateOnly date)
    {
        for (var d = date.DayNumber - _size.DataStart.DayNumber - 1; d >= 0; d--)
        {
            if (d < kpi.Values.Length && !double.IsNaN(kpi.Values[d]))
            {
                return kpi.Values[d];
            }
        }

        return null;
    }

    private string Body(string team, string domain, string kpi, string period, string id)
    {
        var sb = new StringBuilder();
        var paragraphs = 2 + _rng.Next(3);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == 1 && _rng.NextDouble() < 0.2)
            {
                sb.Append("## Why now\n\n");
            }

            // Distinct sentences within a paragraph: a partial Fisher–Yates shuffle of the sentence list.
            var sentences = 3 + _rng.Next(3);
            var order = Enumerable.Range(0, Words.Sentences.Length).ToArray();
            for (var s = 0; s < sentences; s++)
            {
                var j = s + _rng.Next(order.Length - s);
                (order[s], order[j]) = (order[j], order[s]);
                sb.Append(s == 0 ? string.Empty : " ").Append(string.Format(Inv, Words.Sentences[order[s]], team, domain, kpi, period));
            }

            sb.Append("\n\n");
            if (p == 0 && _rng.NextDouble() < 0.3)
            {
                for (var b = 0; b < 3; b++)
                {
                    sb.Append("- ").Append(Pick(Words.Bullets)).Append('\n');
                }

                sb.Append('\n');
            }
        }

        if (_rng.NextDouble() < 0.2)
        {
            sb.Append("Details are in [the planning document](https://wiki.example.com/okrs/").Append(id).Append(").\n");
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private string ObjectiveMd(ObjectiveSpec o)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(Q(o.Title)).Append('\n');
        if (o.ExplicitPeriod)
        {
            sb.Append("period: ").Append(Q(o.Period)).Append('\n');
        }

        if (o.Team is { } team)
        {
            sb.Append("team: ").Append(team).Append('\n');
        }

        sb.Append("owner: ").Append(Q(o.Owner)).Append('\n');
        if (o.AlignsTo.Count == 1)
        {
            sb.Append("aligns_to: ").Append(o.AlignsTo[0]).Append('\n');
        }
        else if (o.AlignsTo.Count > 1)
        {
            sb.Append("aligns_to: [").Append(string.Join(", ", o.AlignsTo)).Append("]\n");
        }

        sb.Append("key_results:\n");
        foreach (var kr in o.KeyResults)
        {
            sb.Append("  - title: ").Append(Q(kr.Title)).Append('\n');
            if (kr.Kpi is { } kpi && !_pagesOnly)
            {
                sb.Append("    metric: ").Append(kpi.Id).Append('\n');
                AppendNumber(sb, "    target", kr.Target);
                AppendNumber(sb, "    baseline", kr.Baseline);
                if (kr.Unit is { } unit)
                {
                    sb.Append("    unit: ").Append(Q(unit)).Append('\n');
                }
            }
            else if (kr.Kpi is not null)
            {
                // Pages only: the metric key result becomes a milestone with the same title.
                sb.Append("    type: milestone\n");
                AppendNumber(sb, "    progress", kr.Progress);
            }
            else
            {
                if (kr.ExplicitType || (!kr.Done && kr.Progress is null))
                {
                    sb.Append("    type: milestone\n");
                }

                if (kr.Done)
                {
                    sb.Append("    done: true\n");
                }

                AppendNumber(sb, "    progress", kr.Progress);
            }

            if (kr.Weight != 1)
            {
                sb.Append(string.Create(Inv, $"    weight: {kr.Weight}\n"));
            }

            AppendNumber(sb, "    score", kr.ManualScore);
        }

        sb.Append("---\n");
        sb.Append(o.Body);
        if (o.KeyResults.Any(k => k.ManualScore is not null))
        {
            sb.Append("\nOne key result is graded by hand: the data source changed during the period.\n");
        }

        return sb.ToString();
    }

    // ---- site.json, index ----------------------------------------------------------------------------------------

    private string SiteJson() =>
        string.Create(Inv, $$"""
        {
          "title": "Synthetic OKRs: {{_size.Name}}, seed {{_seed}}{{(_pagesOnly ? ", pages only" : string.Empty)}}",
          "baseUrl": "/",
          "asOf": "{{AsOf:yyyy-MM-dd}}",
          "period": "{{_size.QuarterList()[^1].Year}}-Q{{_size.QuarterList()[^1].Quarter}}",
          "data": ["content/data/*.csv"],
          "scoring": { "success": 0.7, "atRisk": 0.4 }
        }

        """).Replace("\r\n", "\n", StringComparison.Ordinal);

    private string IndexMd() =>
        string.Create(Inv, $"---\ntitle: {Q("Synthetic OKRs")}\n---\nA generated site with {_size.Teams} teams, {_size.Kpis} KPIs and {_objectives.Count} objectives, for benchmarks. Every number is made up; the structure is what a mid-sized company's OKR repository looks like.\n");

    // ---- CSV -------------------------------------------------------------------------------------------------------

    private (string Path, byte[] Bytes, int Lines, int Values) CsvFile(int file)
    {
        var dialect = _files[file];
        var kpis = _kpis.Where(k => k.File == file).ToList();
        var sb = new StringBuilder(kpis.Count * _size.Days * 24);
        var lines = 0;
        var values = 0;
        string name;
        switch (dialect)
        {
            case Dialect.LongComma:
            {
                name = string.Create(Inv, $"bi-export-{file + 1:D2}.csv");
                var percentSuffix = file % 2 == 0;
                sb.Append("metric,date,value,note\n");
                foreach (var k in kpis)
                {
                    for (var d = 0; d < k.Values.Length; d++)
                    {
                        if (double.IsNaN(k.Values[d]))
                        {
                            continue;
                        }

                        sb.Append(k.Id).Append(',').Append(Day(d).ToString("yyyy-MM-dd", Inv)).Append(',').Append(N(k.Values[d]));
                        if (percentSuffix && k.Unit == "%")
                        {
                            sb.Append('%');
                        }

                        sb.Append(',').Append(k.Notes.TryGetValue(d, out var note) ? CsvQuote(note, ',') : string.Empty).Append('\n');
                        lines++;
                        values++;
                    }
                }

                break;
            }

            case Dialect.LongTab:
            {
                name = string.Create(Inv, $"survey-tool-{file + 1:D2}.csv");
                sb.Append("metric\tdate\tvalue\tnote\n");
                for (var d = 0; d < _size.Days; d++)
                {
                    foreach (var k in kpis)
                    {
                        if (double.IsNaN(k.Values[d]))
                        {
                            continue;
                        }

                        sb.Append(k.Id).Append('\t').Append(Day(d).ToString("yyyy/MM/dd", Inv)).Append('\t').Append(N(k.Values[d])).Append('\t');
                        sb.Append(k.Notes.TryGetValue(d, out var note) ? CsvQuote(note, '\t') : string.Empty).Append('\n');
                        lines++;
                        values++;
                    }
                }

                break;
            }

            default:
            {
                var semicolon = dialect == Dialect.WideSemicolon;
                var sep = semicolon ? ';' : ',';
                var newline = semicolon ? "\r\n" : "\n";
                name = string.Create(Inv, $"{(semicolon ? "sheets-export" : "dashboard-export")}-{file + 1:D2}.csv");
                sb.Append(semicolon ? "Datum" : "date");
                foreach (var k in kpis)
                {
                    sb.Append(sep).Append(k.Id);
                }

                sb.Append(newline);
                for (var d = 0; d < _size.Days; d++)
                {
                    var any = kpis.Any(k => !double.IsNaN(k.Values[d]));
                    if (!any)
                    {
                        continue;
                    }

                    sb.Append(semicolon ? Day(d).ToString("dd.MM.yyyy", Inv) : Day(d).ToString("yyyy-MM-dd", Inv));
                    foreach (var k in kpis)
                    {
                        sb.Append(sep);
                        if (!double.IsNaN(k.Values[d]))
                        {
                            sb.Append(semicolon ? German(k.Values[d]) : N(k.Values[d]));
                            values++;
                        }
                    }

                    sb.Append(newline);
                    lines++;
                }

                break;
            }
        }

        var text = Utf8.GetBytes(sb.ToString());
        byte[] bytes = dialect == Dialect.WideSemicolon ? [0xEF, 0xBB, 0xBF, .. text] : text;
        return ($"content/data/{name}", bytes, lines, values);
    }

    private DateOnly Day(int index) => _size.DataStart.AddDays(index);

    /// <summary>12.480,5: '.' groups thousands and ',' is the decimal separator.</summary>
    private static string German(double value) =>
        value.ToString("#,##0.####", Inv).Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.');

    private static string CsvQuote(string text, char delimiter) =>
        text.Contains(delimiter, StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private string Person() => $"{Pick(Words.FirstNames)} {Pick(Words.LastNames)}";

    /// <summary>A standard normal draw (Box–Muller), from the one seeded generator.</summary>
    private double Normal()
    {
        var u1 = 1.0 - _rng.NextDouble();
        var u2 = _rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static double Round(double value, int decimals, bool bounded) =>
        Math.Round(bounded ? Math.Clamp(value, 0, 100) : value, decimals, MidpointRounding.AwayFromZero);

    private static string N(double value) => value.ToString("0.####", Inv);

    private static void AppendNumber(StringBuilder sb, string key, double? value)
    {
        if (value is { } v)
        {
            sb.Append(key).Append(": ").Append(N(v)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    private sealed record TeamSpec(int Index, string Id, string Name, string Domain, int Level, int? Parent, string Lead);

    private sealed record KpiSpec(
        int Index,
        string Id,
        string Name,
        string Archetype,
        string Unit,
        bool Higher,
        int Decimals,
        bool Bounded,
        int Team,
        int File,
        double[] Values,
        Dictionary<int, string> Notes,
        double? Green,
        double? Red,
        double? Target,
        string Frequency,
        string? Indicator,
        string Owner,
        string Source,
        int Paragraphs);

    private sealed record KeyResultSpec(string Title, KpiSpec? Kpi, double? Target, double? Baseline, string? Unit, int Weight, bool Done, double? Progress, double? ManualScore, bool ExplicitType = true);

    private sealed record ObjectiveSpec(string Id, string Path, string Title, string Period, string? Team, bool ExplicitPeriod, string Owner, List<string> AlignsTo, List<KeyResultSpec> KeyResults, string Body);
}
