using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// The stamps in a build record (every output file and folder, every input file) as one base64 string of a binary
/// list instead of a JSON object each. On a large site they are 140,000 entries and most of the record, and parsing
/// them as JSON objects was the largest part of a nothing-changed rebuild. Hand-written over BinaryWriter: five
/// fixed fields in a loop, which a serializer library would add a dependency for.
/// </summary>
internal abstract class RecordStamps<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a record's stamps are a base64 string");
        }

        var bytes = reader.GetBytesFromBase64();
        using var binary = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var count = binary.ReadInt32();
        // Each entry takes at least one byte per field: a count beyond that is a damaged record, not an allocation.
        if (count < 0 || count > bytes.Length)
        {
            throw new JsonException("a record's stamps have an impossible count");
        }

        var list = new T[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = ReadOne(binary);
        }

        if (binary.BaseStream.Position != bytes.Length)
        {
            throw new JsonException("a record's stamps have bytes after their last entry");
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        using var buffer = new MemoryStream();
        using (var binary = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            binary.Write(value.Count);
            foreach (var one in value)
            {
                WriteOne(binary, one);
            }
        }

        writer.WriteBase64StringValue(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    protected abstract T ReadOne(BinaryReader binary);

    protected abstract void WriteOne(BinaryWriter binary, T value);
}

/// <summary>The output's files and folders: path, kind, size, modification time, inode.</summary>
internal sealed class OutputStampList : RecordStamps<StampedPath>
{
    protected override StampedPath ReadOne(BinaryReader binary) =>
        new(binary.ReadString(), (char)binary.ReadUInt16(), binary.Read7BitEncodedInt64(), binary.ReadInt64(), (ulong)binary.Read7BitEncodedInt64());

    protected override void WriteOne(BinaryWriter binary, StampedPath value)
    {
        binary.Write(value.Path);
        binary.Write((ushort)value.Kind);
        binary.Write7BitEncodedInt64(value.Size);
        binary.Write(value.ModifiedNs);
        binary.Write7BitEncodedInt64((long)value.Inode);
    }
}

/// <summary>The files a build read: path, size, modification time, inode, hash and whether it was racy.</summary>
internal sealed class InputFileList : RecordStamps<FileInput>
{
    protected override FileInput ReadOne(BinaryReader binary) =>
        new(binary.ReadString(), binary.Read7BitEncodedInt64(), binary.ReadInt64(), (ulong)binary.Read7BitEncodedInt64(), binary.ReadString()) { Racy = binary.ReadBoolean() };

    protected override void WriteOne(BinaryWriter binary, FileInput value)
    {
        binary.Write(value.Path);
        binary.Write7BitEncodedInt64(value.Size);
        binary.Write(value.ModifiedNs);
        binary.Write7BitEncodedInt64((long)value.Inode);
        binary.Write(value.Hash);
        binary.Write(value.Racy);
    }
}
