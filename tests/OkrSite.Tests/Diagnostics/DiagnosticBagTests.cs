using OkrSite.Core.Diagnostics;

namespace OkrSite.Tests.Diagnostics;

public class DiagnosticBagTests
{
    private static Diagnostic At(string? file, int line, string code = "OKR0103", Severity severity = Severity.Warning) =>
        new(severity, code, $"problem on line {line}", file, line, 1);

    [Fact]
    public void Lists_the_first_of_a_code_in_a_file_by_line_whatever_order_they_came_in()
    {
        var bag = new DiagnosticBag();
        foreach (var line in Enumerable.Range(1, 50).Reverse())
        {
            bag.Add(At("a.md", line));
        }

        var listed = bag.ToSortedList();

        Assert.Equal(DiagnosticBag.Limit + 1, listed.Count);
        Assert.Equal(Enumerable.Range(1, DiagnosticBag.Limit), listed.Take(DiagnosticBag.Limit).Select(d => d.Line));
        Assert.Equal(
            $"a.md({DiagnosticBag.Limit + 1},1): warning OKR0103: … and 30 more OKR0103 in this file; only the first 20 are listed, fix those and run again",
            listed[^1].ToString());
    }

    [Fact]
    public void Each_code_and_each_file_has_its_own_limit()
    {
        var bag = new DiagnosticBag();
        for (var line = 1; line <= DiagnosticBag.Limit; line++)
        {
            bag.Add(At("a.md", line));
            bag.Add(At("a.md", line, "OKR0104", Severity.Error));
            bag.Add(At("b.md", line));
        }

        Assert.Equal(3 * DiagnosticBag.Limit, bag.ToSortedList().Count);
        Assert.DoesNotContain(bag.ToSortedList(), d => d.Message.StartsWith('…'));
    }

    [Fact]
    public void Errors_are_capped_and_the_closing_line_keeps_their_severity()
    {
        var bag = new DiagnosticBag();
        for (var line = 1; line <= DiagnosticBag.Limit + 5; line++)
        {
            bag.Add(At("a.md", line, "OKR0110", Severity.Error));
        }

        var listed = bag.ToSortedList();

        Assert.True(bag.HasErrors);
        Assert.Equal(DiagnosticBag.Limit + 1, listed.Count);
        Assert.All(listed, d => Assert.True(d.IsError));
        Assert.StartsWith("… and 5 more OKR0110 in this file", listed[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_wide_diagnostics_are_capped_without_naming_a_file()
    {
        var bag = new DiagnosticBag();
        for (var i = 0; i < DiagnosticBag.Limit + 1; i++)
        {
            bag.Add(new Diagnostic(Severity.Warning, "OKR0311", $"site-wide {i:00}"));
        }

        Assert.Equal(
            "okrsite: warning OKR0311: … and 1 more OKR0311; only the first 20 are listed, fix those and run again",
            bag.ToSortedList()[^1].ToString());
    }

    [Fact]
    public void The_same_problem_reported_twice_is_listed_once()
    {
        var bag = new DiagnosticBag();
        bag.Add(At("a.md", 3));
        bag.Add(At("a.md", 3));

        Assert.Single(bag.ToSortedList());
    }

    [Fact]
    public void A_recording_passes_everything_on_and_its_replay_lists_the_same_beyond_the_limit()
    {
        var direct = new DiagnosticBag(warningsAsErrors: true);
        var target = new DiagnosticBag(warningsAsErrors: true);
        var recording = DiagnosticBag.Recording(target, max: 100);
        foreach (var line in Enumerable.Range(1, 30))
        {
            direct.Add(At("a.md", line));
            recording.Add(At("a.md", line));
        }

        direct.Add(At("b.md", 1), promote: false);
        recording.Add(At("b.md", 1), promote: false);

        var replayed = new DiagnosticBag(warningsAsErrors: true);
        replayed.Replay(recording.Recorded!);

        Assert.True(recording.HasErrors);
        Assert.Equal(31, recording.Recorded!.Count);
        Assert.Equal(direct.ToSortedList(), target.ToSortedList());
        Assert.Equal(direct.ToSortedList(), replayed.ToSortedList());
        Assert.Contains(replayed.ToSortedList(), d => d.File == "b.md" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void A_recording_past_its_maximum_keeps_nothing_but_still_passes_everything_on()
    {
        var target = new DiagnosticBag();
        var recording = DiagnosticBag.Recording(target, max: 3);
        foreach (var line in Enumerable.Range(1, 5))
        {
            recording.Add(At("a.md", line));
        }

        Assert.Null(recording.Recorded);
        Assert.Equal(5, target.ToSortedList().Count);
        Assert.Empty(new DiagnosticBag().Recorded!);
    }
}
