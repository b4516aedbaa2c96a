using System.Buffers;
using System.Buffers.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Appending to the BCL's <see cref="ArrayBufferWriter{T}"/>, which builds a chart's SVG; and the buffer each
/// rendering thread keeps and reuses (see <see cref="ForThread"/>), so that a chart does not allocate its intermediate text.
/// </summary>
internal static class Utf8Writer
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_current;

    /// <summary>This thread's buffer, emptied. Its contents are valid until the thread asks for it again.</summary>
    public static ArrayBufferWriter<byte> ForThread()
    {
        var buffer = t_current ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    public static void Append(this ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    public static void Append(this ArrayBufferWriter<byte> output, ReadOnlySpan<byte> value) => output.Write(value);

    public static void AppendLong(this ArrayBufferWriter<byte> output, long value)
    {
        Utf8Formatter.TryFormat(value, output.GetSpan(20), out var written);
        output.Advance(written);
    }
}
