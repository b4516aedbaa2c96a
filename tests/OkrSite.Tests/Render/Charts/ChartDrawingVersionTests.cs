using System.Security.Cryptography;
using System.Text;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

/// <summary>
/// The chart cache keys a chart by its inputs and <see cref="ScottPlotBackend.Version"/>, no longer by the build of
/// OkrSite: a change to how charts come out must raise <see cref="ScottPlotBackend.Drawing"/>, or every site keeps
/// serving charts drawn the old way from its cache. This pins the drawing version to the bytes of a gallery of charts
/// that goes through every part of the drawing (both chart kinds, plan and check-ins, lower-is-better, a long series
/// that is downsampled, German texts), so such a change fails here until the version is raised with it.
/// </summary>
public class ChartDrawingVersionTests
{
    /// <summary>Every drawing version with the gallery's digest; a new drawing adds a line, the last is today's.</summary>
    private static readonly (string Drawing, string Digest)[] History =
    [
        ("layouts-2/css-2/compact-3/fonts-3/check-ins-on-line-1", "3f70e512ff444347aae39095869a1dd6bce7d9c1db29eed44c539c6ffe4fb5b3"),
    ];

    private static readonly Period Q4 = Period.OfQuarter(2026, 4);

    private static IEnumerable<ChartSpec> Gallery()
    {
        var german = ChartFormat.For(Text.TextFixtures.German());
        var retention = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8) with
        {
            Plan = 76.3369565217,
            CheckIns = [new CheckIn(new DateOnly(2026, 10, 5), null, 5, null, ValueOrigin.None), new CheckIn(new DateOnly(2026, 11, 9), 76.1, 6, "On plan", ValueOrigin.None)],
        };
        var daily = Enumerable.Range(0, 2000).Select(i => (new DateOnly(2021, 6, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 3 + Math.Sin(i / 40.0) + (i % 97 == 0 ? 2.5 : 0))).ToArray();
        var churn = Churn(daily);
        var churnKr = MetricKr("churn", null, 4.2, 2.5, Status.OnTrack, 3.1);
        var bare = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);

        foreach (var format in new[] { ChartFormat.English, german })
        {
            yield return KeyResultChart.From(Objective(Q4, retention, AsOf), retention.Over(Q4, Retention, AsOf), AsOf, "Customer retention").Spec(format);
            yield return KeyResultChart.From(Objective(Q4, bare, AsOf), bare.Over(Q4, Retention, AsOf), AsOf, null).Spec(format);
            yield return KeyResultChart.From(Objective(Q4, churnKr, AsOf), churnKr.Over(Q4, churn.Series, AsOf), AsOf, "Churn").Spec(format);
            yield return KpiTrendChart.From(RetentionKpi, AsOf).Spec(format);
            yield return KpiTrendChart.From(churn, AsOf).Spec(format);
        }
    }

    private static string Digest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var spec in Gallery())
        {
            var image = ScottPlotBackend.Instance.Render(spec);
            hash.AppendData(image.Utf8);
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{image.AltText}\n{image.Width}x{image.Height}\n{string.Join('\n', spec.Legend)}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    [Fact]
    public void The_drawing_version_is_raised_with_every_change_to_how_charts_come_out()
    {
        var digest = Digest();
        var (drawing, expected) = History[^1];

        Assert.True(
            drawing == ScottPlotBackend.Drawing && digest == expected,
            $"Charts now come out as {digest}, drawing version '{ScottPlotBackend.Drawing}'; the last known is {expected} for '{drawing}'. "
            + "If you changed how charts are built or drawn, raise ScottPlotBackend.Drawing and add a line to History with the new digest; "
            + "a site's cache would otherwise keep serving the charts drawn before the change.");
    }

    [Fact]
    public void Each_drawing_version_names_one_digest_and_each_digest_one_version()
    {
        Assert.Equal(History.Length, History.Select(h => h.Drawing).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(History.Length, History.Select(h => h.Digest).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_cache_key_names_the_drawing_and_the_libraries_but_not_the_build_of_OkrSite()
    {
        var version = ScottPlotBackend.Instance.Version;

        Assert.StartsWith(ScottPlotBackend.Drawing + "/scottplot-5.", version, StringComparison.Ordinal);
        Assert.Contains("/skia-3.", version, StringComparison.Ordinal);
        Assert.Contains("/net-" + Environment.Version, version, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(ScottPlotBackend).Assembly.ManifestModule.ModuleVersionId.ToString("N"), version, StringComparison.Ordinal);
    }
}
