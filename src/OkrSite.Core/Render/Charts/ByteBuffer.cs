using System.Buffers.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// A growable byte buffer for building a chart's SVG, kept and reused by the thread that renders (see
/// <see cref="ForThread"/>), so that a chart does not allocate its intermediate text. Not thread-safe.
/// </summary>
internal sealed class ByteBuffer(int capacity)
{
    [ThreadStatic]
    private static ByteBuffer? t_current;

    private byte[] _bytes = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>This thread's buffer, emptied. Its contents are valid until the thread asks for it again.</summary>
    public static ByteBuffer ForThread()
    {
        var buffer = t_current ??= new ByteBuffer(64 * 1024);
        buffer.Clear();
        return buffer;
    }

    public void Clear() => Length = 0;

    public void Append(byte value)
    {
        if (Length == _bytes.Length)
        {
            Grow(1);
        }

        _bytes[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> value)
    {
        if (value.Length > _bytes.Length - Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(_bytes.AsSpan(Length));
        Length += value.Length;
    }

    public void AppendInt(int value) => AppendLong(value);

    public void AppendLong(long value)
    {
        if (_bytes.Length - Length < 20)
        {
            Grow(20);
        }

        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Length), out var written);
        Length += written;
    }

    private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + needed));
}
