using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// Builds a SHA-256 key from everything that decides an output, field by field in a fixed order. The code that
/// draws is named by the caller (<see cref="Charts.IChartBackend.Version"/>), not by this assembly's build: a new
/// OkrSite whose charts draw the same keeps the cache's charts instead of drawing them all again.
/// </summary>
internal sealed class ContentHash : IDisposable
{
    private static readonly byte[] Separator = [0x1f];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ContentHash(string kind)
    {
        Add(kind);
    }

    public ContentHash Add(string? text)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(text ?? "\0null"));
        _hash.AppendData(Separator);
        return this;
    }

    public ContentHash Add(double? value) => Add(value is { } v ? BitConverter.DoubleToInt64Bits(v).ToString(CultureInfo.InvariantCulture) : null);

    public ContentHash Add(DateOnly? date) => Add(date?.DayNumber.ToString(CultureInfo.InvariantCulture));

    public ContentHash Add(IEnumerable<DataPoint> points)
    {
        // Points are gathered into one buffer and handed to the hash together: a call into SHA-256 per point (12
        // bytes) was most of what hashing a chart cost, and a build hashes all 50,000 charts to find them in the
        // cache. The bytes hashed, and so the digest, are those of one call per point.
        const int PointSize = 12;
        var count = 0;
        Span<byte> buffer = stackalloc byte[PointSize * 256];
        var used = 0;
        foreach (var point in points)
        {
            if (used == buffer.Length)
            {
                _hash.AppendData(buffer);
                used = 0;
            }

            BitConverter.TryWriteBytes(buffer[used..], point.Date.DayNumber);
            BitConverter.TryWriteBytes(buffer[(used + 4)..], BitConverter.DoubleToInt64Bits(point.Value));
            used += PointSize;
            if (point.Note is not null)
            {
                _hash.AppendData(buffer[..used]);
                used = 0;
                Add(point.Note);
            }

            count++;
        }

        _hash.AppendData(buffer[..used]);
        return Add(count.ToString(CultureInfo.InvariantCulture));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
