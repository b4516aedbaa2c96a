using OkrSite.Core.IO;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// Gives back the bytes read to detect the delimiter, then the rest of the source, so the source never has to be
/// seekable and the file is still read only once. The source is not disposed: its opener owns it.
/// </summary>
internal sealed class ReplayStream(byte[] prefix, int prefixLength, Stream source) : ForwardReadStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var count = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        return source.Read(buffer);
    }
}
