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
    private static ArrayBufferWriter<byte>?[]? t_buffers;

    /// <summary>The buffers a thread keeps, one per step of a chart's SVG.</summary>
    public enum Slot
    {
        Tidy,
        Clean,
        Drawings,
    }

    /// <summary>This thread's buffer of a step, emptied. Its contents are valid until the thread asks for it again.</summary>
    public static ArrayBufferWriter<byte> ForThread(Slot slot = Slot.Clean)
    {
        var buffers = t_buffers ??= new ArrayBufferWriter<byte>?[Enum.GetValues<Slot>().Length];
        var buffer = buffers[(int)slot] ??= new ArrayBufferWriter<byte>(64 * 1024);
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
