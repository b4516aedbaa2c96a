using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Tests.Properties;
using Xunit.Abstractions;

namespace OkrSite.Tests.Fuzz;

/// <summary>
/// Bounded, seeded random-input loops over the three parsers that read user files (CSV reader, front matter, site.json),
/// plus a smaller loop over the whole <c>okrsite check</c>. Each execution mutates a valid
/// input and checks that no exception escapes, that every diagnostic names the file and carries a documented code
/// with its documented severity, and that whatever was read is well formed. The seeds are fixed, so a failure is
/// reproducible: the message shows the input, which belongs in <see cref="FuzzFindings"/> as a regular test.
/// </summary>
public partial class FuzzTests(ITestOutputHelper output)
{
    public const int CsvExecutions = 20_000;
    public const int FrontMatterExecutions = 20_000;
    public const int SiteJsonExecutions = 2_000;
    public const int WholeCheckExecutions = 1_000;

    private const int Seed = 20260815;

    private static readonly Dictionary<string, Severity> Documented = Codes.All.ToDictionary(c => c.Id, c => c.Severity);

    [Fact]
    public void Csv_reader_never_throws_on_mutated_exports()
    {
        var random = new Random(Seed);
        var mutator = new Mutator(random, CsvSeeds(), CsvTokens);
        var run = new FuzzRun("CSV reader");
        string[] dateFormats = ["MM/dd/yyyy", "yyyy-MM-dd HH:mm zzz", "%", "d", "'", "yyyy", "ddd", " ", "\\", "dd.MM.yyyy", "yyyyMMdd", "K"];
        for (var i = 0; i < CsvExecutions; i++)
        {
            var input = mutator.Next();
            var options = new CsvOptions(
                mutator.Pick<char?>([null, null, '.', ',', ';', 'x']),
                random.Next(4) == 0 ? mutator.Pick(dateFormats) : null);
            run.Execute(input, () =>
            {
                var sink = new CheckingSink();
                var diagnostics = new DiagnosticBag();
                using var stream = random.Next(4) == 0 ? (Stream)new ChunkedStream(input, random) : new MemoryStream(input);
                var summary = CsvDataReader.Read(stream, "content/data/fuzz.csv", options, sink, diagnostics);
                var found = diagnostics.ToSortedList();
                var problems = CheckDiagnostics(found, "content/data/fuzz.csv");
                problems.AddRange(sink.Problems);
                foreach (var code in found.GroupBy(d => d.Code).Where(g => g.Count() > DiagnosticBag.Limit + 1))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{code.Count()} {code.Key} for one file; the bag promises at most {DiagnosticBag.Limit} of a code and a closing count"));
                }

                if (summary.Values != sink.Count || summary.Rows < 0 || summary.Delimiter is not (',' or ';' or '\t'))
                {
                    problems.Add($"summary {summary} does not match {sink.Count} values");
                }

                return (found, problems);
            });
        }

        run.Report(output);
        run.AssertClean();
    }

    [Fact]
    public void Front_matter_parser_never_throws_on_mutated_content_files()
    {
        var random = new Random(Seed + 1);
        var mutator = new Mutator(random, FrontMatterSeeds(), YamlTokens);
        var run = new FuzzRun("front matter");
        string[] names = ["content/okrs/2026-Q3/grow.md", "content/okrs/Grow Fast.md", "content/kpis/revenue.md", "content/teams/sales.md", "content/index.md", "content/okrs/2026-Q5/x..y.md"];
        Period?[] periods = [null, Period.OfQuarter(2026, 3), Period.OfYear(2026)];
        for (var i = 0; i < FrontMatterExecutions; i++)
        {
            var bytes = mutator.Next();

            // Content files are decoded strictly before parsing; what survives decoding (lone surrogates cannot) is parsed.
            var text = Encoding.UTF8.GetString(bytes);
            if (random.Next(8) == 0)
            {
                // Strings from other sources can hold what UTF-8 cannot: lone surrogates.
                text = text.Insert(random.Next(text.Length + 1), mutator.Pick(["\uD800", "\uDFFF", "\uDBFF\uDBFF"]));
            }

            var file = mutator.Pick(names);
            var kind = random.Next(4);
            var period = mutator.Pick(periods);
            run.Execute(Encoding.UTF8.GetBytes(text), () =>
            {
                var diagnostics = new DiagnosticBag();
                var problems = new List<string>();
                switch (kind)
                {
                    case 0:
                        problems.AddRange(CheckObjective(ContentParser.ParseObjective(file, text, period, diagnostics)));
                        break;
                    case 1:
                        problems.AddRange(CheckKpi(ContentParser.ParseKpi(file, text, diagnostics)));
                        break;
                    case 2:
                        var team = ContentParser.ParseTeam(file, text, diagnostics);
                        if (team is not null && (!Ids.IsValid(team.Id) || string.IsNullOrWhiteSpace(team.Name)))
                        {
                            problems.Add($"team read with id '{team.Id}' and name '{team.Name}'");
                        }

                        break;
                    default:
                        ContentParser.ParsePage(file, text, diagnostics);
                        break;
                }

                var found = diagnostics.ToSortedList();
                problems.AddRange(CheckDiagnostics(found, file));
                if (diagnostics.HasErrors != found.Any(d => d.IsError))
                {
                    problems.Add("HasErrors disagrees with the list");
                }

                return (found, problems);
            });
        }

        run.Report(output);
        run.AssertClean();
    }

    [Fact]
    public void Site_json_parser_never_throws_on_mutated_configs()
    {
        var random = new Random(Seed + 2);
        var mutator = new Mutator(random, SiteJsonSeeds(), JsonTokens);
        var run = new FuzzRun("site.json");
        for (var i = 0; i < SiteJsonExecutions; i++)
        {
            // Half mutated bytes (mostly broken JSON), half well-formed objects with values of every wrong kind.
            var input = i % 2 == 0 ? mutator.Next() : StructuredSiteJson(random);
            run.Execute(input, () =>
            {
                var diagnostics = new DiagnosticBag();
                var config = SiteConfigLoader.Parse(input, diagnostics);
                var found = diagnostics.ToSortedList();
                var problems = CheckDiagnostics(found, SiteConfigLoader.FileName);
                if (config is not null && !(config.Scoring.AtRisk > 0 && config.Scoring.AtRisk <= config.Scoring.Success && config.Scoring.Success <= 1))
                {
                    problems.Add($"scoring {config.Scoring} was accepted");
                }

                if (config is null && !found.Any(d => d.IsError))
                {
                    problems.Add("no config and no error");
                }

                return (found, problems);
            });
        }

        run.Report(output);
        run.AssertClean();
    }

    /// <summary>
    /// Parsed is not the same as safe: values the parsers accept (weight: 1e308, odd ids, extreme dates) travel on
    /// through validation, scoring and rendering. A smaller loop runs the whole <c>okrsite check</c> on mutated sites.
    /// </summary>
    [Fact]
    public void Whole_check_never_crashes_on_mutated_sites()
    {
        var random = new Random(Seed + 3);
        var objectives = new Mutator(random, ObjectiveSeeds, YamlTokens);
        var csvSeeds = CsvSeeds();
        var exports = new Mutator(random, csvSeeds, CsvTokens);
        var run = new FuzzRun("okrsite check");
        using var site = new Support.TempSite();
        site.File("site.json", "{ \"title\": \"Fuzz\", \"asOf\": \"2026-08-15\" }\n");
        site.File("content/kpis/revenue.md", "---\nname: Revenue\ngreen: 120\nred: 90\nfrequency: monthly\n---\n");
        for (var i = 0; i < WholeCheckExecutions; i++)
        {
            var objective = random.Next(3) == 0 ? objectives.Pick(ObjectiveSeeds) : objectives.Next();
            var export = random.Next(3) == 0 ? exports.Pick(csvSeeds) : exports.Next();
            site.Bytes("content/okrs/2026-Q3/grow.md", objective).Bytes("content/data/export.csv", export);
            run.Execute([.. objective, .. "\n=== content/data/export.csv ===\n"u8, .. export], () =>
            {
                var result = Support.CliRun.Of("check", site.Root);
                var problems = new List<string>();
                if (result.Error.Contains("internal error", StringComparison.Ordinal) || result.Error.Contains("   at ", StringComparison.Ordinal))
                {
                    problems.Add(result.Error.Split('\n').First(l => l.Contains("internal error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal)));
                }

                if (result.ExitCode is not (0 or 1) || !result.Output.Contains(" warning", StringComparison.Ordinal))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"exit {result.ExitCode} without the closing count"));
                }

                var printed = result.ErrorLines
                    .Select(l => PrintedCode().Match(l))
                    .Where(m => m.Success)
                    .Select(m => new Diagnostic(m.Groups[1].Value == "error" ? Severity.Error : Severity.Warning, m.Groups[2].Value, "printed"))
                    .ToList();
                return (printed, problems);
            });
        }

        run.Report(output);
        run.AssertClean();
    }

    private static readonly byte[][] ObjectiveSeeds = FuzzFiles.Tokens(
        "---\ntitle: Grow\nkey_results:\n  - title: Revenue\n    metric: revenue\n    target: 130\n    weight: 2\n  - title: Launch\n    done: true\n  - title: Manual\n    metric: revenue\n    baseline: 100\n    target: 90\n    score: 0.5\n---\nBody.\n",
        "---\ntitle: Grow\nkey_results:\n  - title: Revenue\n    baseline: 24\n    target: 2\n    current: 6\n  - title: CRM\n    progress: 0.5\n---\n");

    private static readonly string[] SiteJsonKeys = ["title", "baseUrl", "period", "asOf", "theme", "data", "scoring", "allowHtml", "csv", "language", "titel", "Title", ""];

    private static readonly string[] SiteJsonValues =
    [
        "\"Acme\"", "\"\"", "\"  \"", "\"2026-Q3\"", "\"2026-Q5\"", "\"2026\"", "\"2026-02-30\"", "\"2026-09-30\"", "\"../x\"", "\"a/b\"", "\"default\"",
        "\"\\u0000\"", "\"\\ud83d\\ude80\"", "\"\\n\"", "\"é\"", "1", "-0", "0.7", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "true", "false",
        "null", "[]", "[\"content/data/*.csv\"]", "[1, 2]", "[\"**/*.csv\", null]", "{}", "{\"success\": 0.7, \"atRisk\": 0.4}", "{\"success\": 0.3, \"atRisk\": 0.4}",
        "{\"success\": 2}", "{\"atRisk\": \"0.4\"}", "{\"decimal\": \",\"}", "{\"decimal\": \"x\"}", "{\"dateFormat\": \"MM/dd/yyyy\"}", "{\"dateFormat\": \"%\"}",
        "{\"dateFormat\": \"\"}", "{\"decimal\": null, \"extra\": 1}", "{\"a\": {\"b\": {\"c\": []}}}",
    ];

    private static byte[] StructuredSiteJson(Random random)
    {
        var members = Enumerable.Range(0, random.Next(0, 8))
            .Select(_ => $"\"{SiteJsonKeys[random.Next(SiteJsonKeys.Length)]}\": {SiteJsonValues[random.Next(SiteJsonValues.Length)]}");
        return Encoding.UTF8.GetBytes("{ " + string.Join(", ", members) + " }");
    }

    // ---- seeds and tokens ----------------------------------------------------------------------------------------

    private static readonly byte[][] CsvTokens = FuzzFiles.Tokens(
        "\"", "\"\"", ",", ";", "\t", "\n", "\r", "\r\n", "\uFEFF", "\0", "sep=;\n", "sep=,\r\n", "1e400", "-1e400", "NaN", "Infinity",
        "2026-02-30", "31.04.2026", "2026-13-01", "1.2.3", "-", "#N/A", "n/a", "metric,date,value,note\n", "date;a;b\n", "\"a\"\"b\"", " \"",
        "\"x\"y", "12abc", "(5)", "(-5)", "$", "%", "1,234.5", "1.234,5", "99999999999999999999999999999999999999999999", "T25:00", "Z", "+15:00",
        new string('9', 200), "metric", "value", "date", "\u2212", "\u00A0");

    private static readonly byte[][] YamlTokens = FuzzFiles.Tokens(
        ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&a ", "*a", "&x [*x]", "? ", "? &k [*k]\n: 1\n", "!!binary ", "!!int ", "!!map ",
        "!custom ", "|", "|-\n", ">", "'", "\"", "#", "%YAML 1.2\n", "%TAG ! tag:x,2026:\n", "---\n", "...\n", "\t", "\n", "\r\n", "\uFEFF",
        "\0", "1e400", "-1e400", new string('9', 400), ".nan", ".inf", "-.inf", "0x1F", "0o17", "1_000", "~", "null", "true", "yes", "2026-Q5",
        "key_results:\n", "weight: ", "weight: 1e308\n", "  - title: x\n    done: true\n", "<<: *a\n", "[[[[[[[[[[", "{a: {a: {a: {a: ",
        "  ", "    ", "id: Grow\n", "id: ../x\n", "period: 2026-Q3\n", "title: [a, b]\n", "aligns_to: {a: b}\n", "score: 2\n", "progress: -1\n",
        "type: rocket\n", "direction: up\n", "    weight: 1e-320\n", "    current: -1.7976931348623157e308\n", "    target: 1.7976931348623157e308\n", "    metric: revenue\n", "    id: kr1\n", "green: 1\nred: 2\n", "\\", "\"\\u", "\"\\x", "\"\\", "@", "`");

    private static readonly byte[][] JsonTokens = FuzzFiles.Tokens(
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\uD83D\\uDE80", "\\u0000", "1e400", "-1e400", "-0", "NaN",
        "true", "null", "//", "/*", "*/", "\n", "\uFEFF", "\"title\"", "\"scoring\"", "\"csv\"", "\"period\"", "\"asOf\"", "\"data\"",
        "\"theme\"", "\"decimal\"", "\"dateFormat\"", "\"success\"", "\"atRisk\"", "\"2026-Q5\"", "\"2026-02-30\"", "\"../x\"", "0.5", "2",
        "[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":", new string('9', 400));

    private static List<byte[]> CsvSeeds()
    {
        var seeds = FuzzFiles.Under("content/data", "*.csv").ToList();
        seeds.AddRange(FuzzFiles.Tokens(
            "metric,date,value,note\nrevenue,2026-07-01,12.5,\"Webinar, \"\"big\"\"\"\nrevenue,2026-08-01,13,\n",
            "\uFEFFDate;site-visits;time-on-page\r\n28.09.2026;12.480;38,5\r\n26.10.2026;12.890;\r\n",
            "metric\tdate\tvalue\nnps\t2026/07/01\t42\nnps\t2026/10/01\t45\n",
            "sep=;\ndate;a;b\n2026-01-05T10:00Z;1;2\n",
            "date,a,b,\n2026-01-05,$1,200.00,(5),\n2026-01-06,75%,-,\n",
            "Metric,Date,Value,Unit\nrevenue,2026-07-01,USD 1,000,\"k\"\n"));

        // Valid files in every dialect, from the round-trip generator with a fixed seed.
        seeds.AddRange(CsvRoundTrip.Cases.Generator.Sample(30, new Rnd(Seed), 60).Select(c => c.Bytes).Where(b => b.Length < 4096));
        return seeds;
    }

    private static List<byte[]> FrontMatterSeeds()
    {
        var seeds = FuzzFiles.Under("content", "*.md").ToList();
        seeds.AddRange(FuzzFiles.Tokens(
            "---\ntitle: Grow\nteam: sales\nowner: Ann\naligns_to: [a, b]\nkey_results:\n  - title: Revenue\n    metric: revenue\n    baseline: 100\n    target: 130\n    current: 110\n    unit: kEUR\n    weight: 2\n  - title: Launch\n    done: true\n  - title: CRM\n    type: milestone\n    progress: 0.5\n    score: 0.4\n---\nBody.\n",
            "---\nname: Revenue\nunit: \"%\"\ndirection: lower\nindicator: leading\nfrequency: monthly\nowner: Bo\nsource: CRM\nteam: sales\ntarget: 5\ngreen: 3\nred: 8\n---\n",
            "---\nid: sales-emea\nname: Sales EMEA\nparent: sales\n---\nWe sell.\n",
            "---\ntitle: Home\n---\n# Welcome\n",
            "\uFEFF---\r\ntitle: \"Quoted: yes\"\r\nperiod: 2026-H1\r\nkey_results:\r\n  - {title: a, done: yes}\r\n...\r\nBody\r\n"));
        return seeds;
    }

    private static List<byte[]> SiteJsonSeeds()
    {
        var seeds = new List<byte[]>();
        var sample = Path.Combine(FuzzFiles.RepositoryRoot(), "site.json");
        if (File.Exists(sample))
        {
            seeds.Add(File.ReadAllBytes(sample));
        }

        seeds.AddRange(FuzzFiles.Tokens(
            "{ \"title\": \"Acme\", \"baseUrl\": \"/okr/\", \"period\": \"2026-Q3\", \"asOf\": \"2026-09-30\", \"theme\": \"default\", \"data\": [\"content/data/*.csv\"], \"scoring\": { \"success\": 0.7, \"atRisk\": 0.4 }, \"allowHtml\": false, \"csv\": { \"decimal\": \",\", \"dateFormat\": \"MM/dd/yyyy\" }, \"language\": \"en\" }",
            "\uFEFF{\n  // comment\n  \"title\": \"T\",\n  \"data\": \"x/*.csv\",\n}\n",
            "{\"title\":\"T\",\"scoring\":{\"success\":1,\"atRisk\":1}}"));
        return seeds;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@": (error|warning) (OKR\d{4}): ")]
    private static partial System.Text.RegularExpressions.Regex PrintedCode();

    // ---- checks --------------------------------------------------------------------------------------------------

    private static List<string> CheckDiagnostics(IReadOnlyList<Diagnostic> diagnostics, string file)
    {
        var problems = new List<string>();
        foreach (var d in diagnostics)
        {
            if (!Documented.TryGetValue(d.Code, out var severity) || severity != d.Severity)
            {
                problems.Add($"undocumented code or severity: {d}");
            }

            if (d.File != file || d.Line < 0 || d.Column < 0 || d.Column > 0 && d.Line == 0 || string.IsNullOrWhiteSpace(d.Message))
            {
                problems.Add($"diagnostic without its file or with a bad position: {d} (file '{d.File}', line {d.Line}, column {d.Column})");
            }

            if (d.Message.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                problems.Add($"{d.Code} message spans lines, which breaks the one-line canonical form: {d.Message.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)}");
            }
        }

        return problems;
    }

    private static IEnumerable<string> CheckObjective(OkrSite.Core.Model.Definitions.ObjectiveDefinition? objective)
    {
        if (objective is null)
        {
            yield break;
        }

        if (!Ids.IsValid(objective.Id) || string.IsNullOrWhiteSpace(objective.Title))
        {
            yield return $"objective read with id '{objective.Id}' and title '{objective.Title}'";
        }

        foreach (var kr in objective.KeyResults)
        {
            double?[] numbers = [kr.Baseline, kr.Target, kr.Current, kr.Weight, kr.Progress, kr.Score];
            if (!Ids.IsValid(kr.Id) || numbers.Any(n => n is { } v && !double.IsFinite(v)) || kr.Weight <= 0
                || kr.Progress is < 0 or > 1 || kr.Score is < 0 or > 1)
            {
                yield return $"key result read as {kr}";
            }
        }
    }

    private static IEnumerable<string> CheckKpi(OkrSite.Core.Model.Definitions.KpiDefinition? kpi)
    {
        if (kpi is null)
        {
            yield break;
        }

        double?[] numbers = [kpi.Target, kpi.Green, kpi.Red];
        if (!Ids.IsValid(kpi.Id) || string.IsNullOrWhiteSpace(kpi.Name) || numbers.Any(n => n is { } v && !double.IsFinite(v)))
        {
            yield return $"KPI read as {kpi}";
        }
    }

    /// <summary>Checks every value the reader passes on: a trimmed metric id, a finite value, a line, a trimmed note.</summary>
    private sealed class CheckingSink : IDataPointSink
    {
        public int Count { get; private set; }

        public List<string> Problems { get; } = [];

        public void Add(string metric, DateOnly date, double value, string? note, int line)
        {
            Count++;
            if (metric.Length == 0 || metric != metric.Trim() || !double.IsFinite(value) || line < 1 || note is { Length: 0 } || note != note?.Trim())
            {
                Problems.Add(string.Create(CultureInfo.InvariantCulture, $"bad value passed on: '{metric}' {date} {value} '{note}' line {line}"));
            }
        }
    }
}

/// <summary>A failure already reported as a src bug (with a skipped reproducer in <see cref="FuzzFindings"/>): counted, not failed.</summary>
internal sealed record KnownFinding(string Name, Func<string, bool> Matches)
{
    // Empty: every finding so far is fixed and kept as a regular test in FuzzFindings. A bug that is reported but not yet
    // fixed goes here (name, and a predicate on the failure text) so the loop counts it instead of failing the suite.
    public static readonly KnownFinding[] All = [];
}

/// <summary>Counts executions and collects what went wrong, keeping the smallest input for each kind of failure.</summary>
internal sealed class FuzzRun(string name)
{
    private readonly Dictionary<string, (int Count, byte[] Smallest)> _known = new(StringComparer.Ordinal);

    private readonly Stopwatch _clock = new();
    private readonly Dictionary<string, (int Count, byte[] Smallest)> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);

    public int Executions { get; private set; }

    public int WithErrors { get; private set; }

    public void Execute(byte[] input, Func<(IReadOnlyList<Diagnostic> Diagnostics, List<string> Problems)> body)
    {
        Executions++;
        _clock.Start();
        try
        {
            var (diagnostics, problems) = body();
            _clock.Stop();
            if (diagnostics.Any(d => d.IsError))
            {
                WithErrors++;
            }

            foreach (var code in diagnostics.Select(d => d.Code).Distinct())
            {
                _codes[code] = _codes.GetValueOrDefault(code) + 1;
            }

            foreach (var problem in problems)
            {
                Record(problem.Length > 160 ? problem[..160] : problem, input);
            }
        }
        catch (Exception ex)
        {
            _clock.Stop();
            Record($"{ex.GetType().Name}: {ex.Message}", input);
        }
    }

    public void Report(ITestOutputHelper output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Executions} executions in {_clock.Elapsed.TotalSeconds:F2} s; {WithErrors} inputs with errors; {KnownFindings} known findings; {_failures.Count} kinds of unknown failure"));
        output.WriteLine("inputs per diagnostic code: " + string.Join(", ", _codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}"))));
        foreach (var (kind, (count, smallest)) in _known)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"known finding ×{count}: {kind}\n  smallest input: {FuzzFiles.Show(smallest)}"));
        }

        foreach (var (kind, (count, smallest)) in _failures)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILURE ×{count}: {kind}\n  smallest input: {FuzzFiles.Show(smallest)}"));
        }
    }

    public void AssertClean() =>
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"×{f.Value.Count} {f.Key}\n  smallest input: {FuzzFiles.Show(f.Value.Smallest)}"))));

    public int KnownFindings => _known.Values.Sum(k => k.Count);

    private void Record(string kind, byte[] input)
    {
        var known = KnownFinding.All.FirstOrDefault(k => k.Matches(kind));
        var key = known?.Name ?? (kind.Length > 200 ? kind[..200] : kind);
        var into = known is null ? _failures : _known;
        into[key] = into.TryGetValue(key, out var seen)
            ? (seen.Count + 1, input.Length < seen.Smallest.Length ? input : seen.Smallest)
            : (1, input);
    }
}
