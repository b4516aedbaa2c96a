using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// Hashes a view graph (a page's view model, the site view) by what it holds: every instance field of every object,
/// public or not, walked in a fixed order. Fields and not properties, because a view's state is its fields: a
/// property a template reads is either stored in one or computed from them (ChartView's table is computed from its
/// points, which are a private field), so nothing a page can show escapes the hash, and a computed property is
/// never run only to be hashed. Strings, numbers (their exact bits), bools, dates, enums, lists and the engine's
/// own records and classes are read; anything else (a dictionary, whose order is not its content, a type from
/// another library, a cycle) throws <see cref="NotSupportedException"/> naming where it was met, so a new kind of
/// view field fails the tests instead of being skipped silently.
/// A view shared by many pages (an objective's, shown on its page, its dashboard and its team's) is hashed once per
/// build and then stands in by that hash. Safe to use from many threads.
/// </summary>
internal sealed class ViewHash
{
    private static readonly Assembly Engine = typeof(ViewHash).Assembly;
    private static readonly ConcurrentDictionary<Type, Plan> Plans = new();

    [ThreadStatic]
    private static Walk? _spare;

    private readonly ConcurrentDictionary<object, byte[]> _shared = new(ReferenceEqualityComparer.Instance);

    /// <summary>The SHA-256 of <paramref name="prefix"/> followed by <paramref name="value"/>'s contents.</summary>
    /// <exception cref="NotSupportedException">The graph holds something this cannot read.</exception>
    public byte[] Of(ReadOnlySpan<byte> prefix, object? value)
    {
        // A thread's walk is reused across builds, so it is told whose shared hashes to use each time.
        var walk = _spare ?? new Walk();
        _spare = null;
        walk.Owner = this;
        try
        {
            var sink = walk.Open();
            sink.Bytes(prefix);
            walk.Value(value);
            return walk.Close();
        }
        catch
        {
            walk = new Walk(); // the broken one's state is unknown
            throw;
        }
        finally
        {
            _spare = walk;
        }
    }

    private enum Tag : byte
    {
        Null,
        String,
        Bool,
        Int,
        Long,
        Double,
        Single,
        Decimal,
        Date,
        DateTime,
        TimeSpan,
        Char,
        Enum,
        List,
        Object,
        Shared,
        Text,
        Format,
        Points,
    }

    /// <summary>Whether <see cref="DataPoint"/>'s fields are the five <see cref="Walk"/>'s typed path writes.</summary>
    internal static readonly bool PointFieldsKnown = typeof(DataPoint).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        .Select(f => Shown(f.Name)).Order(StringComparer.Ordinal).SequenceEqual(["Date", "File", "Line", "Note", "Value"]);

    /// <summary>How one type is hashed: its name, and each field's writer, by field name.</summary>
    private sealed class Plan
    {
        public required Type Type { get; init; }

        public required byte[] Name { get; init; }

        public required bool IsList { get; init; }

        /// <summary>Holds lists: worth hashing once per instance when many pages show it.</summary>
        public required bool Share { get; init; }

        public required string[] FieldNames { get; init; }

        public required Action<object, Walk>[] Fields { get; init; }

        public string? Refused { get; init; }
    }

    /// <summary>One hash in progress, with the objects being walked (to find cycles) and a buffer per nesting level.</summary>
    private sealed class Walk
    {
        private readonly List<object> _path = [];
        private readonly List<Sink> _sinks = [];
        private int _depth = -1;

        public ViewHash Owner { get; set; } = null!;

        private Sink Current => _sinks[_depth];

        public Sink Open()
        {
            _depth++;
            if (_sinks.Count == _depth)
            {
                _sinks.Add(new Sink());
            }

            return _sinks[_depth];
        }

        public byte[] Close()
        {
            var hash = _sinks[_depth].Finish();
            _depth--;
            return hash;
        }

        public void String(string? text)
        {
            var sink = Current;
            if (text is null)
            {
                sink.Tag(Tag.Null);
                return;
            }

            sink.Tag(Tag.String);
            sink.Int(text.Length);
            sink.Bytes(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        public void Int(int value)
        {
            Current.Tag(Tag.Int);
            Current.Int(value);
        }

        public void Double(double value)
        {
            Current.Tag(Tag.Double);
            Current.Long(BitConverter.DoubleToInt64Bits(value));
        }

        public void Bool(bool value)
        {
            Current.Tag(Tag.Bool);
            Current.Byte(value ? (byte)1 : (byte)0);
        }

        public void Date(DateOnly value)
        {
            Current.Tag(Tag.Date);
            Current.Int(value.DayNumber);
        }

        public void Value(object? value)
        {
            var sink = Current;
            switch (value)
            {
                case null:
                    sink.Tag(Tag.Null);
                    return;
                case string text:
                    String(text);
                    return;
                case bool flag:
                    Bool(flag);
                    return;
                case int number:
                    Int(number);
                    return;
                case long number:
                    sink.Tag(Tag.Long);
                    sink.Long(number);
                    return;
                case double number:
                    Double(number);
                    return;
                case float number:
                    sink.Tag(Tag.Single);
                    sink.Int(BitConverter.SingleToInt32Bits(number));
                    return;
                case decimal number:
                    sink.Tag(Tag.Decimal);
                    foreach (var part in decimal.GetBits(number))
                    {
                        sink.Int(part);
                    }

                    return;
                case DateOnly date:
                    Date(date);
                    return;
                case DateTime time:
                    sink.Tag(Tag.DateTime);
                    sink.Long(time.Ticks);
                    sink.Byte((byte)time.Kind);
                    return;
                case TimeSpan span:
                    sink.Tag(Tag.TimeSpan);
                    sink.Long(span.Ticks);
                    return;
                case char letter:
                    sink.Tag(Tag.Char);
                    sink.Int(letter);
                    return;
                case Enum choice:
                    sink.Tag(Tag.Enum);
                    String(choice.GetType().FullName);
                    String(choice.ToString("D"));
                    return;
                case UiText text:
                    // The build's text is one object shared by every chart view: hashed once, by its forms.
                    Shared(text, null);
                    return;
                case Formatter format:
                    // Made by Formatter.For from its language alone: the rest is the engine's code, but for the
                    // culture's number symbols, which come from the system's ICU.
                    sink.Tag(Tag.Format);
                    String(format.Language);
                    String(format.Culture.Name);
                    String(format.Culture.NumberFormat.NumberDecimalSeparator);
                    String(format.Culture.NumberFormat.NumberGroupSeparator);
                    String(format.Culture.NumberFormat.NegativeSign);
                    String(format.Culture.NumberFormat.PercentSymbol);
                    return;
            }

            var plan = Plans.GetOrAdd(value.GetType(), Make);
            if (plan.Refused is { } why)
            {
                throw new NotSupportedException(why);
            }

            if (plan.Share)
            {
                Shared(value, plan);
                return;
            }

            Fields(plan, value);
        }

        /// <summary>Writes <paramref name="value"/> as the hash of its contents, made once per build.</summary>
        /// <param name="plan">How to walk it; null for the interface text.</param>
        private void Shared(object value, Plan? plan)
        {
            if (!Owner._shared.TryGetValue(value, out var hash))
            {
                Open();
                if (plan is not null)
                {
                    Fields(plan, value);
                }
                else
                {
                    Text((UiText)value);
                }

                hash = Close();
                Owner._shared.TryAdd(value, hash);
            }

            Current.Tag(Tag.Shared);
            Current.Bytes(hash);
        }

        private void Text(UiText text)
        {
            Current.Tag(Tag.Text);
            String(text.Language);
            Value(text.Format);
            foreach (var (key, other, one) in text.Forms())
            {
                String(key);
                String(other);
                String(one);
            }
        }

        private void Fields(Plan plan, object value)
        {
            var sink = Current;
            var reference = !plan.Type.IsValueType;
            if (reference)
            {
                foreach (var open in _path)
                {
                    if (ReferenceEquals(open, value))
                    {
                        throw new NotSupportedException($"the view holds itself: a {plan.Type.FullName} leads back to itself");
                    }
                }

                _path.Add(value);
            }

            try
            {
                if (plan.IsList && value is IEnumerable<DataPoint> points && PointFieldsKnown)
                {
                    Points(points);
                    return;
                }

                if (plan.IsList)
                {
                    sink.Tag(Tag.List);
                    var count = 0;
                    IEnumerator items;
                    try
                    {
                        items = ((IEnumerable)value).GetEnumerator();
                    }
                    catch (InvalidOperationException ex)
                    {
                        throw new NotSupportedException($"a {plan.Type.Name} that cannot be listed (a default ImmutableArray?)", ex);
                    }

                    while (items.MoveNext())
                    {
                        Value(items.Current);
                        count++;
                    }

                    Current.Int(count);
                    return;
                }

                sink.Tag(Tag.Object);
                sink.Bytes(plan.Name);
                for (var i = 0; i < plan.Fields.Length; i++)
                {
                    try
                    {
                        plan.Fields[i](value, this);
                    }
                    catch (NotSupportedException ex)
                    {
                        throw Located(ex, $"{plan.Type.Name}.{plan.FieldNames[i]}");
                    }
                }
            }
            finally
            {
                if (reference)
                {
                    _path.RemoveAt(_path.Count - 1);
                }
            }
        }

        /// <summary>
        /// A chart's points, field by field without boxing each one: they are most of what a page key hashes (every
        /// value of every chart's data table). Only used while <see cref="DataPoint"/> has exactly the fields written
        /// here; a field added to it sends its lists back through the general walk, which reads every field.
        /// </summary>
        private void Points(IEnumerable<DataPoint> points)
        {
            var sink = Current;
            sink.Tag(Tag.Points);
            var count = 0;
            foreach (var point in points)
            {
                sink.Int(point.Date.DayNumber);
                sink.Long(BitConverter.DoubleToInt64Bits(point.Value));
                String(point.Note);
                sink.Int(point.File);
                sink.Int(point.Line);
                count++;
            }

            sink.Int(count);
        }

        /// <summary>The message with the field it was met in, outermost first: "at PageSpec.Model > KpiView.Chart: …".</summary>
        private static NotSupportedException Located(NotSupportedException inner, string where) =>
            new(inner.Message.StartsWith("at ", StringComparison.Ordinal) ? $"at {where} > {inner.Message[3..]}" : $"at {where}: {inner.Message}", inner);
    }

    /// <summary>A buffer in front of SHA-256: one call into the hash per 8 KB instead of one per field.</summary>
    private sealed class Sink
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = new byte[8192];
        private int _used;
        private bool _flushed;

        public void Tag(Tag tag) => Byte((byte)tag);

        public void Byte(byte value)
        {
            if (_used == _buffer.Length)
            {
                Flush();
            }

            _buffer[_used++] = value;
        }

        public void Int(int value)
        {
            if (_used + 4 > _buffer.Length)
            {
                Flush();
            }

            BitConverter.TryWriteBytes(_buffer.AsSpan(_used), value);
            _used += 4;
        }

        public void Long(long value)
        {
            if (_used + 8 > _buffer.Length)
            {
                Flush();
            }

            BitConverter.TryWriteBytes(_buffer.AsSpan(_used), value);
            _used += 8;
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            if (_used + bytes.Length > _buffer.Length)
            {
                Flush();
                if (bytes.Length > _buffer.Length)
                {
                    _hash.AppendData(bytes);
                    return;
                }
            }

            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        public byte[] Finish()
        {
            if (!_flushed)
            {
                // All of it in the buffer (most shared views are): one SHA-256 call, the same digest, without the
                // incremental hash's finalize and reset, which cost more than the hashing of a small view.
                var whole = SHA256.HashData(_buffer.AsSpan(0, _used));
                _used = 0;
                return whole;
            }

            Flush();
            _flushed = false;
            return _hash.GetHashAndReset();
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
            _flushed = true;
        }
    }

    private static Plan Make(Type type)
    {
        var name = Encoding.UTF8.GetBytes(type.FullName ?? type.Name);
        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var unordered = typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Any(i => i.IsGenericType
                && i.GetGenericTypeDefinition() is var d && (d == typeof(IReadOnlyDictionary<,>) || d == typeof(IDictionary<,>) || d == typeof(ISet<>) || d == typeof(IReadOnlySet<>)));
            return new Plan
            {
                Type = type,
                Name = name,
                IsList = true,
                Share = false,
                FieldNames = [],
                Fields = [],
                Refused = unordered ? $"a {type.Name} is not ordered, so its hash would not follow its contents; give the view a list" : null,
            };
        }

        if (type.Assembly != Engine || typeof(Delegate).IsAssignableFrom(type) || type.IsPointer)
        {
            return new Plan
            {
                Type = type,
                Name = name,
                IsList = false,
                Share = false,
                FieldNames = [],
                Fields = [],
                Refused = $"a view field holds a {type.FullName}, which the page cache's key cannot read; give the view strings, numbers, dates, lists or the engine's records",
            };
        }

        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        // By name, declaring type first: the order the metadata lists fields in is not promised.
        fields.Sort((a, b) => string.CompareOrdinal($"{a.DeclaringType!.FullName}/{a.Name}", $"{b.DeclaringType!.FullName}/{b.Name}"));
        return new Plan
        {
            Type = type,
            Name = name,
            IsList = false,
            Share = fields.Any(f => f.FieldType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(f.FieldType)),
            FieldNames = [.. fields.Select(f => Shown(f.Name))],
            Fields = [.. fields.Select(f => Writer(type, f))],
        };
    }

    /// <summary>A field as its source names it: "Title" for "&lt;Title&gt;k__BackingField", "points" for a captured "&lt;points&gt;P".</summary>
    private static string Shown(string field) =>
        field.StartsWith('<') && field.IndexOf('>', StringComparison.Ordinal) is > 0 and var end ? field[1..end] : field;

    /// <summary>A compiled reader of one field that hands it to the walk without boxing the common kinds.</summary>
    private static Action<object, Walk> Writer(Type type, FieldInfo field)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var walk = Expression.Parameter(typeof(Walk), "walk");
        Expression read = Expression.Field(Expression.Convert(target, type), field);
        var kind = field.FieldType;
        var method = kind == typeof(string) ? nameof(Walk.String)
            : kind == typeof(int) ? nameof(Walk.Int)
            : kind == typeof(double) ? nameof(Walk.Double)
            : kind == typeof(bool) ? nameof(Walk.Bool)
            : kind == typeof(DateOnly) ? nameof(Walk.Date)
            : nameof(Walk.Value);
        if (method == nameof(Walk.Value))
        {
            read = Expression.Convert(read, typeof(object));
        }

        var call = Expression.Call(walk, typeof(Walk).GetMethod(method)!, read);
        return Expression.Lambda<Action<object, Walk>>(call, target, walk).Compile();
    }
}
