using System.Runtime.CompilerServices;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Model;

public class DataPointTests
{
    /// <summary>
    /// A data set holds millions of points, so each keeps its row as two ints (file index, line), not a reference:
    /// 32 bytes with the date, value and note, against 24 without a row. A field per point beyond that shows up here.
    /// </summary>
    [Fact]
    public void A_point_with_its_row_is_32_bytes() => Assert.Equal(32, Unsafe.SizeOf<DataPoint>());

    [Fact]
    public void A_point_made_in_memory_has_no_row() => Assert.False(new DataPoint(new DateOnly(2026, 1, 1), 1).HasRow);
}
