using OkrSite.Core.Model;
using OkrSite.Core.Render.Cache;

namespace OkrSite.Tests.Render.Cache;

public class ContentHashTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 1);

    private static string Hash(IEnumerable<DataPoint> points)
    {
        using var hash = new ContentHash("test");
        return hash.Add(points).Finish();
    }

    private static List<DataPoint> Series(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new DataPoint(Day0.AddDays(i), i * 1.5, i % 97 == 5 ? $"note {i}" : null))];

    [Theory]
    [InlineData(0)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(599)]
    public void Every_point_of_a_series_longer_than_the_hash_buffer_moves_the_hash(int index)
    {
        // Points are hashed a buffer at a time: none may be left out at a buffer's edge, before a note or at the end.
        var points = Series(600);
        var first = Hash(points);
        Assert.Equal(first, Hash(Series(600)));

        var value = points.ToList();
        value[index] = value[index] with { Value = value[index].Value + 0.25 };
        var date = points.ToList();
        date[index] = date[index] with { Date = date[index].Date.AddDays(1000) };
        var note = points.ToList();
        note[index] = note[index] with { Note = (note[index].Note ?? string.Empty) + "!" };

        Assert.NotEqual(first, Hash(value));
        Assert.NotEqual(first, Hash(date));
        Assert.NotEqual(first, Hash(note));
        Assert.NotEqual(first, Hash(points.Take(599)));
    }
}
