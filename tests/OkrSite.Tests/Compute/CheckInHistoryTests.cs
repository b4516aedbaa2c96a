using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class CheckInHistoryTests
{
    private static CheckIn C(int month, int day, double? value, double? confidence) =>
        new(new DateOnly(2026, month, day), value, confidence, null, ValueOrigin.None);

    [Fact]
    public void The_latest_confidence_is_the_latest_check_in_that_gives_one()
    {
        ImmutableArray<CheckIn> checkIns = [C(10, 5, null, 6), C(10, 12, 74, 4.5), C(10, 19, 75, null)];

        Assert.Equal((4.5, 6.0), CheckInHistory.Confidences(checkIns));
        Assert.Equal(-1.5, CheckInHistory.Change(4.5, 6));
    }

    [Fact]
    public void The_change_is_rounded_by_the_one_rule()
    {
        // 6.1 − 5.9 is 0.1999999999999993 in binary.
        Assert.Equal(0.2, CheckInHistory.Change(6.1, 5.9));
        Assert.Null(CheckInHistory.Change(6.1, null));
    }

    [Fact]
    public void Check_ins_after_the_report_date_are_left_out_and_the_rest_sorted_oldest_first()
    {
        ImmutableArray<CheckIn> checkIns = [C(11, 9, null, 5), C(10, 5, null, 6), C(11, 23, null, 2)];

        var until = CheckInHistory.Until(checkIns, new DateOnly(2026, 11, 16));

        Assert.Equal([new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 9)], until.Select(c => c.Date));
    }

    [Fact]
    public void An_objective_is_as_confident_as_its_least_confident_key_result()
    {
        // KR a: 6 → 4; KR b: 7 (one check-in); KR c: none. Now min(4, 7) = 4, before min(6, 7) = 6: change −2.
        var (confidence, change) = CheckInHistory.Objective([(4, 6), (7, null), (null, null)]);

        Assert.Equal(4, confidence);
        Assert.Equal(-2, change);
    }

    [Fact]
    public void An_objective_whose_key_results_have_one_confidence_each_has_no_change()
    {
        Assert.Equal((5.0, (double?)null), CheckInHistory.Objective([(5, null), (8, null)]));
        Assert.Equal(((double?)null, (double?)null), CheckInHistory.Objective([(null, null)]));
    }

    [Fact]
    public void The_latest_value_is_the_latest_check_in_with_a_value_up_to_a_date()
    {
        ImmutableArray<CheckIn> checkIns = [C(10, 5, 74, 6), C(10, 12, null, 5), C(10, 19, 76, 5)];

        Assert.Equal(76, CheckInHistory.LatestValue(checkIns, new DateOnly(2026, 11, 16))!.Value);
        Assert.Equal(74, CheckInHistory.LatestValue(checkIns, new DateOnly(2026, 10, 18))!.Value);
        Assert.Null(CheckInHistory.LatestValue(checkIns, new DateOnly(2026, 10, 4)));
    }
}
