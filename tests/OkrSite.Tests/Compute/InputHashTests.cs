using System.Security.Cryptography;
using System.Text;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using static OkrSite.Tests.Support.FrozenQuarter;

namespace OkrSite.Tests.Compute;

public class InputHashTests
{
    private static string Canonical(ContentSet content, DataSet data) =>
        Encoding.UTF8.GetString(InputHash.Canonical(content.Objectives, data, content.Kpis.ToDictionary(k => k.Id), Q3, AsOf));

    private static string Hash(ContentSet content, DataSet data) =>
        InputHash.Of(content.Objectives, data, content.Kpis.ToDictionary(k => k.Id), Q3, AsOf);

    [Fact]
    public void The_canonical_document_holds_the_periods_objectives_the_kpis_they_track_and_the_points_they_read()
    {
        // Written out by hand from docs/format.md: Q4's objective is not part of Q3, nor the 2026-10-14 point after Q3's end.
        var expected = (
            "{'format':1,'period':'2026-Q3','objectives':[{'id':'retention','title':'Keep customers','team':null,'owner':null,'alignsTo':[],'keyResults':[" +
            "{'id':'kr1','title':'Raise retention from 73 to 75','type':'metric','metric':'retention','baseline':null,'target':75,'current':null,'unit':'%','weight':2,'done':false,'progress':null,'score':null}," +
            "{'id':'kr2','title':'Ship success plans','type':'milestone','metric':null,'baseline':null,'target':null,'current':null,'unit':null,'weight':1,'done':true,'progress':null,'score':null}]}]," +
            "'kpis':[{'id':'retention','name':'Retention','unit':'%','direction':'higher','indicator':null,'frequency':'monthly','target':80,'green':78,'red':72}]," +
            "'data':[{'metric':'retention','points':[['2026-06-30',73,null],['2026-07-31',73.5,null],['2026-08-31',74,null],['2026-09-30',74.5,null]]}]}")
            .Replace('\'', '"');

        Assert.Equal(expected, Canonical(Content(), Data()));
    }

    [Fact]
    public void The_hash_is_sha256_of_the_canonical_document_in_lower_case_hex()
    {
        var canonical = InputHash.Canonical(Content().Objectives, Data(), Content().Kpis.ToDictionary(k => k.Id), Q3, AsOf);

        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(canonical)), Hash(Content(), Data()));
        Assert.Matches("^sha256:[0-9a-f]{64}$", Hash(Content(), Data()));
    }

    [Fact]
    public void Inputs_of_other_periods_and_points_after_the_period_leave_the_hash_as_it_is()
    {
        var before = Hash(Content(), Data());

        Assert.Equal(before, Hash(Content(Retention()), Data()));
        Assert.Equal(before, Hash(Content(), Data(P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 74.5), P(12, 1, 99))));
    }

    [Fact]
    public void A_target_a_weight_a_point_in_the_window_or_a_kpi_threshold_changes_the_hash()
    {
        var before = Hash(Content(), Data());

        Assert.NotEqual(before, Hash(Content(Retention(keyResults: [Kr1(target: 76), Kr2()]), Next()), Data()));
        Assert.NotEqual(before, Hash(Content(Retention(keyResults: [Kr1(weight: 1), Kr2()]), Next()), Data()));
        Assert.NotEqual(before, Hash(Content(), Data(P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 74.6))));
        Assert.NotEqual(before, Hash(Content() with { Kpis = [Kpi(target: 81)] }, Data()));
    }
}
