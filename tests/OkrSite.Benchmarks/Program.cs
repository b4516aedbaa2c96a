using System.Globalization;
using BenchmarkDotNet.Running;
using OkrSite.Benchmarks;
using OkrSite.Benchmarks.Generator;

// The benchmark tool's command line. See README.md in this folder.
return Cli.Run(args);

namespace OkrSite.Benchmarks
{
    public static class Cli
    {
        private const string Usage = """
            usage:
              generate --size small|medium|large|TEAMSxKPISxDAYS [--seed N] --out DIR [--quarters N] [--years N] [--pages-only] [--if-changed]
                  writes a synthetic site (deterministic: the same size and seed give byte-identical files);
                  --pages-only: no CSV data and every KR a milestone (no charts); --if-changed: keep a matching site
              stages SITE_DIR [--out DIR] [--no-write] [--cache-dir DIR] [--chart-sample N] [--page-sample N]
                  builds the site in process, stage by stage, with wall time, CPU time, allocations and GCs per stage
                  (no chart cache unless --cache-dir); the samples time N charts / N pages of each kind one by one
              charts SITE_DIR [--count N] [--rounds R]
                  draws the first N (default 50) KPI and KR charts one by one, R rounds (default 5), single-threaded:
                  median ms and KB allocated per chart of each kind (a steady workload to profile), and the floor:
                  an empty ScottPlot plot rendered to SVG at both drawings' sizes
              load SITE_DIR [--rounds R]
                  reads content and data R rounds (default 3), each without and with the input record of a
                  skippable build: wall and CPU ms of both read stages
              serve SITE_DIR [--saves N]
                  okrsite serve in process: N saves (default 7) of the first quarter's first objective, each timed
                  from the write to the version event and to the reloaded page; the build's stages and CPU per save
              hugo-site --from SITE_DIR --out DIR
                  writes a Hugo site with one page per objective, KPI and team of SITE_DIR (same titles and Markdown)
              minimal-theme SITE_DIR
                  gives an OkrSite site the minimal layout of the Hugo comparison (themes/minimal/, site.json theme)
              info SITE_DIR
                  prints bench-info.json of a generated site as 'key value' lines
              bdn [FILTER] [BenchmarkDotNet options]
                  runs the BenchmarkDotNet micro-benchmarks (FILTER: a part of the class or method name, e.g. Csv)
            sizes: small = 8x60x366 (4 quarters + 1 year), medium = 60x300x731 (4 + 1), large = 500x2000x1096 (8 + 2)
            """;

        public static int Run(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }

            try
            {
                var rest = args[1..];
                return args[0] switch
                {
                    "generate" => Generate(new Options(rest)),
                    "stages" => Stages(new Options(rest)),
                    "charts" => Charts(new Options(rest)),
                    "load" => Load(new Options(rest)),
                    "serve" => Serve(new Options(rest)),
                    "hugo-site" => Hugo(new Options(rest)),
                    "minimal-theme" => MinimalThemeCommand(new Options(rest)),
                    "info" => Info(new Options(rest)),
                    "bdn" => Bdn(rest),
                    _ => Fail($"unknown command '{args[0]}'"),
                };
            }
            catch (ArgumentException ex)
            {
                return Fail(ex.Message);
            }
            catch (IOException ex)
            {
                return Fail(ex.Message);
            }
        }

        private static int Generate(Options o)
        {
            var size = SiteSize.Parse(o.Value("--size") ?? "small", o.Int("--quarters"), o.Int("--years"));
            var seed = o.Int("--seed") ?? 42;
            var outDir = o.Value("--out") ?? throw new ArgumentException("generate needs --out DIR");
            var pagesOnly = o.Flag("--pages-only");
            var ifChanged = o.Flag("--if-changed");
            o.Done();
            if (ifChanged && GenerationSummary.Read(outDir) is { } existing && existing.Version == SiteGenerator.Version && existing.Seed == seed
                && existing.PagesOnly == pagesOnly && (existing.Teams, existing.Kpis, existing.Days, existing.Quarters, existing.Years) == (size.Teams, size.Kpis, size.Days, size.Quarters, size.Years))
            {
                Console.WriteLine($"{outDir} already holds {size}, seed {seed}: kept (without --if-changed it is written again)");
                return 0;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var summary = new SiteGenerator(size, seed, pagesOnly).Generate(outDir);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {outDir} in {watch.Elapsed.TotalSeconds:F1} s: {size}, seed {seed}{(summary.PagesOnly ? ", pages only" : string.Empty)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {summary.Teams} teams, {summary.Objectives} objectives, {summary.KeyResults} KRs ({summary.MetricKeyResults} metric), {summary.Kpis} KPIs, {summary.Periods} periods"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {summary.CsvFiles} CSV files, {summary.Rows} values in {summary.CsvLines} rows, {summary.CsvBytes / 1048576.0:F1} MB; {summary.MarkdownFiles} Markdown files, {summary.MarkdownBytes / 1048576.0:F1} MB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  expect {summary.ExpectedPages} pages and {summary.ExpectedCharts} charts ({summary.ExpectedCharts * 2} SVG files)"));
            return 0;
        }

        private static int Stages(Options o)
        {
            var site = o.Positional() ?? ".";
            var outDir = o.Value("--out");
            var noWrite = o.Flag("--no-write");
            var cacheDir = o.Value("--cache-dir");
            var chartSample = o.Int("--chart-sample") ?? 0;
            var pageSample = o.Int("--page-sample") ?? 0;
            o.Done();
            return StageProfiler.Run(site, outDir, !noWrite, cacheDir, chartSample, pageSample);
        }

        private static int Charts(Options o)
        {
            var site = o.Positional() ?? ".";
            var count = o.Int("--count") ?? 50;
            var rounds = o.Int("--rounds") ?? 5;
            o.Done();
            return ChartLoop.Run(site, count, rounds);
        }

        private static int Load(Options o)
        {
            var site = o.Positional() ?? ".";
            var rounds = o.Int("--rounds") ?? 3;
            o.Done();
            return LoadLoop.Run(site, rounds);
        }

        private static int Serve(Options o)
        {
            var site = o.Positional() ?? ".";
            var saves = o.Int("--saves") ?? 7;
            o.Done();
            return ServeLoop.Run(site, saves);
        }

        private static int Hugo(Options o)
        {
            var from = o.Value("--from") ?? throw new ArgumentException("hugo-site needs --from SITE_DIR");
            var outDir = o.Value("--out") ?? throw new ArgumentException("hugo-site needs --out DIR");
            o.Done();
            return HugoSite.Write(from, outDir);
        }

        private static int MinimalThemeCommand(Options o)
        {
            var site = o.Positional() ?? throw new ArgumentException("minimal-theme needs SITE_DIR");
            o.Done();
            return MinimalTheme.Apply(site);
        }

        private static int Info(Options o)
        {
            var site = o.Positional() ?? ".";
            o.Done();
            var summary = GenerationSummary.Read(site) ?? throw new ArgumentException($"'{site}' has no {GenerationSummary.FileName}");
            foreach (var property in typeof(GenerationSummary).GetProperties())
            {
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                Console.WriteLine($"{name} {Convert.ToString(property.GetValue(summary), CultureInfo.InvariantCulture)}");
            }

            return 0;
        }

        private static int Bdn(string[] args)
        {
            // "bdn Csv" is short for "bdn --filter *Csv*"; anything else goes to BenchmarkDotNet as it is.
            var list = args.ToList();
            if (list.Count > 0 && !list[0].StartsWith('-'))
            {
                list[0] = $"*{list[0]}*";
                list.Insert(0, "--filter");
            }
            else if (!list.Contains("--filter") && !list.Contains("-f") && !list.Contains("--list"))
            {
                list.InsertRange(0, ["--filter", "*"]);
            }

            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Cli).Assembly).Run([.. list]);
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine($"okrsite-bench: {message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }

        /// <summary>A tiny option reader: --name value, --flag, and at most one positional argument.</summary>
        private sealed class Options(string[] args)
        {
            private readonly List<string> _left = [.. args];

            public string? Value(string name)
            {
                var i = _left.IndexOf(name);
                if (i < 0)
                {
                    return null;
                }

                if (i + 1 >= _left.Count)
                {
                    throw new ArgumentException($"{name} needs a value");
                }

                var value = _left[i + 1];
                _left.RemoveRange(i, 2);
                return value;
            }

            public int? Int(string name) =>
                Value(name) is { } text
                    ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{name} '{text}' is not a whole number")
                    : null;

            public bool Flag(string name) => _left.Remove(name);

            public string? Positional()
            {
                var i = _left.FindIndex(a => !a.StartsWith("--", StringComparison.Ordinal));
                if (i < 0)
                {
                    return null;
                }

                var value = _left[i];
                _left.RemoveAt(i);
                return value;
            }

            /// <summary>Throws on anything not read.</summary>
            public void Done()
            {
                var unknown = _left.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
                var extra = _left.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
                if (unknown.Count > 0 || extra.Count > 0)
                {
                    throw new ArgumentException($"unexpected argument(s): {string.Join(' ', unknown.Concat(extra))}");
                }
            }
        }
    }
}
