using System.IO.Hashing;
using OkrSite.Core.IO;

namespace OkrSite.Core.Load.FileSystem;

/// <summary>
/// A file opened through a logging <see cref="SiteFileSystem"/>: every byte read passes through XxHash128 on its
/// way to the reader (a 55 MB CSV is read once, not twice), and on disposal the rest of the file is hashed too, so
/// the hash is the file's whatever the reader stopped at. Then the file goes into the <see cref="InputLog"/>.
/// Not seekable: the data readers read forwards once.
/// </summary>
internal sealed class HashingStream(FileStream inner, string realPath, FileStamp before, InputLog log) : ForwardReadStream
{
    private readonly XxHash128 _hash = new();
    private bool _disposed;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _hash.Append(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            try
            {
                var rest = new byte[1 << 16];
                int read;
                while ((read = inner.Read(rest)) > 0)
                {
                    _hash.Append(rest.AsSpan(0, read));
                }

                log.File(realPath, before, Convert.ToHexStringLower(_hash.GetCurrentHash()), NativeFiles.Stamp(realPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The reader has reported what it could not read; a build with such a file is not one to trust.
                log.File(realPath, before, string.Empty, default);
            }
            finally
            {
                inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
