using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Cache;

/// <summary>
/// The page key must follow everything a template can read. Driven by reflection over every type a page's view can
/// reach: a field or property added to a view tomorrow is tested by these tests without touching them.
/// </summary>
public class ViewHashTests
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private static readonly Assembly Engine = typeof(PageSpec).Assembly;
    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly Lazy<UiText> German = new(() => UiText.Load(Theme.BuiltIn, "de", new DiagnosticBag()));

    /// <summary>Every engine type a page's view can reach through its fields, from the view namespace and <see cref="PageSpec"/>.</summary>
    public static TheoryData<string> ViewTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in ViewTypeNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static IReadOnlyList<string> ViewTypeNames()
    {
        var found = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var queue = new Queue<Type>(Engine.GetTypes().Where(t => t.Namespace == typeof(SiteView).Namespace && IsView(t)).Append(typeof(PageSpec)));
        while (queue.TryDequeue(out var type))
        {
            if (!IsView(type) || !found.TryAdd(type.FullName!, type))
            {
                continue;
            }

            foreach (var field in Fields(type))
            {
                foreach (var reached in Reached(field.FieldType))
                {
                    queue.Enqueue(reached);
                }
            }
        }

        return [.. found.Keys];
    }

    [Fact]
    public void The_types_a_page_can_show_include_the_views_charts_and_data_points()
    {
        var names = ViewTypeNames();

        Assert.Contains(typeof(ObjectiveView).FullName!, names);
        Assert.Contains(typeof(ChartView).FullName!, names);
        Assert.Contains(typeof(OkrSite.Core.Model.DataPoint).FullName!, names);
        Assert.Contains(typeof(OkrSite.Core.Render.Charts.LegendEntry).FullName!, names);
        Assert.Contains(typeof(RawHtml).FullName!, names);
        Assert.Contains(typeof(SparklineHtml).FullName!, names);
    }

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Every_field_of_every_view_changes_the_key(string typeName)
    {
        var type = Engine.GetType(typeName)!;
        var sample = Sample(type, 0)!;
        var key = Key(sample);
        Assert.Equal(key, Key(Clone.Invoke(sample, null))); // contents, not identity

        foreach (var field in Fields(type))
        {
            var changed = Clone.Invoke(sample, null)!;
            field.SetValue(changed, Different(field.FieldType, field.GetValue(sample)));
            Assert.True(key != Key(changed), $"{type.Name}.{field.Name}: changing it left the page key as it was, so a page showing it would be served stale");
        }
    }

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Every_property_a_template_can_set_or_read_changes_the_key(string typeName)
    {
        var type = Engine.GetType(typeName)!;
        var sample = Sample(type, 0)!;
        var key = Key(sample);
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            if (property.SetMethod is { } set)
            {
                var changed = Clone.Invoke(sample, null)!;
                set.Invoke(changed, [Different(property.PropertyType, property.GetValue(sample))]);
                Assert.True(key != Key(changed), $"{type.Name}.{property.Name}: setting it left the page key as it was");
            }
            else
            {
                // Computed: from the object's fields, every one of which changes the key (above). Reading it must
                // not need anything the key does not see, such as state outside the view.
                _ = property.GetValue(sample);
            }
        }
    }

    [Fact]
    public void Keys_differ_by_type_and_by_order_of_list_items()
    {
        var a = new LinkView("A", "a/");
        var b = new LinkView("B", "b/");

        Assert.NotEqual(Key(new[] { a, b }), Key(new[] { b, a }));
        Assert.NotEqual(Key(new PeriodLinkView("A", "a/", false)), Key(new LinkView("A", "a/")));
        Assert.NotEqual(Key(new LinkView("ab", "c")), Key(new LinkView("a", "bc")));
        Assert.NotEqual(Key(new LinkView("A", "a/", Meta: null)), Key(new LinkView("A", "a/", Meta: string.Empty)));
        Assert.NotEqual(Key(0.1 + 0.2), Key(0.3)); // the exact bits, not a rounded text
    }

    [Fact]
    public void A_view_the_key_cannot_read_fails_loudly_and_says_where()
    {
        var dictionary = new PageSpec("x/index.html", "pages/x.html", "x", "X", new Dictionary<string, string> { ["a"] = "b" });
        var foreign = new PageSpec("x/index.html", "pages/x.html", "x", "X", new object[] { new LinkView("A", "a/"), new Uri("https://example.com") });

        var unordered = Assert.Throws<NotSupportedException>(() => Key(dictionary));
        Assert.Contains("PageSpec.Model", unordered.Message, StringComparison.Ordinal);
        Assert.Contains("not ordered", unordered.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<NotSupportedException>(() => Key(foreign));
        Assert.Contains("PageSpec.Model", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("System.Uri", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_that_holds_itself_fails_instead_of_looping()
    {
        var page = new PageSpec("x/index.html", "pages/x.html", "x", "X", "model");
        typeof(PageSpec).GetField("<Model>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(page, page);

        var cycle = Assert.Throws<NotSupportedException>(() => Key(page));
        Assert.Contains("leads back to itself", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_points_take_the_typed_path_and_every_field_of_a_point_moves_the_hash()
    {
        // The typed path is only taken while it writes every field DataPoint has: were it skipped, lists of points
        // would box each one again, and were it taken with a field missing, that field would not be in the key.
        Assert.True(ViewHash.PointFieldsKnown);
        var point = new DataPoint(new DateOnly(2026, 3, 1), 12.5, "note", 2, 7);
        byte[] Key(DataPoint p) => new ViewHash().Of([], new ChartView("c.svg", "alt", 600, 300, [new DataPoint(new DateOnly(2026, 2, 1), 1), p], "%", null));
        var first = Key(point);
        Assert.Equal(first, Key(point with { }));
        Assert.NotEqual(first, Key(point with { Date = new DateOnly(2026, 3, 2) }));
        Assert.NotEqual(first, Key(point with { Value = 12.500000001 }));
        Assert.NotEqual(first, Key(point with { Note = null }));
        Assert.NotEqual(first, Key(point with { Note = "other" }));
        Assert.NotEqual(first, Key(point with { File = 3 }));
        Assert.NotEqual(first, Key(point with { Line = 8 }));
    }

    [Fact]
    public void A_shared_view_is_hashed_once_per_build_and_stands_in_by_its_hash()
    {
        var hash = new ViewHash();
        var objective = (ObjectiveView)Sample(typeof(ObjectiveView), 0)!;
        var first = hash.Of([], new PageSpec("a/index.html", "pages/a.html", "a", "A", objective));

        // The same instance again gives the same key; a copy with other contents gives another.
        Assert.Equal(first, hash.Of([], new PageSpec("a/index.html", "pages/a.html", "a", "A", objective)));
        Assert.NotEqual(first, hash.Of([], new PageSpec("a/index.html", "pages/a.html", "a", "A", objective with { Title = "other" })));
        Assert.Equal(first, new ViewHash().Of([], new PageSpec("a/index.html", "pages/a.html", "a", "A", objective with { })));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4000)]
    [InlineData(8170)]
    [InlineData(8192)]
    [InlineData(8200)]
    [InlineData(20000)]
    public void A_key_is_the_views_whether_it_fits_the_hash_buffer_or_not(int length)
    {
        // A view that fits the buffer is hashed in one call, a larger one through the incremental hash: the key must
        // not depend on which, nor on what the reused buffers hashed before (here a view far larger than them).
        var hash = new ViewHash();
        var objective = (ObjectiveView)Sample(typeof(ObjectiveView), 0)!;
        var view = objective with { Title = new string('x', length) };
        var first = hash.Of([], new PageSpec("a/index.html", "pages/a.html", "a", new string('t', length), view));
        _ = hash.Of([], new PageSpec("b/index.html", "pages/b.html", "b", new string('b', 50_000), objective with { Title = new string('y', 50_000) }));

        Assert.Equal(first, new ViewHash().Of([], new PageSpec("a/index.html", "pages/a.html", "a", new string('t', length), view with { })));
        Assert.Equal(first, hash.Of([], new PageSpec("a/index.html", "pages/a.html", "a", new string('t', length), view with { })));
        Assert.NotEqual(first, hash.Of([], new PageSpec("a/index.html", "pages/a.html", "a", new string('t', length), view with { Title = view.Title + "x" })));
    }

    [Fact]
    public void The_interface_text_is_read_by_what_it_says()
    {
        using var site = new TempSite();
        site.File("themes/default/i18n/en.yaml", "status.on-track: \"On course\"\n");
        var own = UiText.Load(Theme.Load(site.Root, Theme.DefaultName, new DiagnosticBag())!, "en", new DiagnosticBag());

        Assert.Equal(Key(UiText.English), Key(UiText.Load(Theme.BuiltIn, "en", new DiagnosticBag())));
        Assert.NotEqual(Key(UiText.English), Key(German.Value));
        Assert.NotEqual(Key(UiText.English), Key(own));
    }

    private static string Key(object? value) => Convert.ToHexString(new ViewHash().Of([], value));

    // The interface text and its formatter are read by what they say, not by their fields (see the test of the text below).
    private static bool IsView(Type type) =>
        type.Assembly == Engine && type != typeof(UiText) && type != typeof(Formatter) && !type.IsEnum && !type.IsInterface && !type.IsAbstract && !type.IsGenericTypeDefinition
        && !type.Name.StartsWith('<') && !typeof(Delegate).IsAssignableFrom(type) && !typeof(IEnumerable).IsAssignableFrom(type);

    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(Instance))
            {
                yield return field;
            }
        }
    }

    /// <summary>The engine types a field of this type can hold: itself, a list's items, a nullable's value.</summary>
    private static IEnumerable<Type> Reached(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Reached(inner);
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return Item(type) is { } item ? Reached(item) : [];
        }

        // A field of one of the engine's interfaces (IHtml) holds any of the views that implement it.
        if (type.IsInterface && type.Assembly == Engine)
        {
            return Engine.GetTypes().Where(t => type.IsAssignableFrom(t) && IsView(t));
        }

        return IsView(type) ? [type] : [];
    }

    private static Type? Item(Type list) =>
        list.IsArray ? list.GetElementType()
        : (list.IsGenericType && list.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? list : list.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];

    /// <summary>A value of <paramref name="type"/> with every field set: strings, numbers and one item per list.</summary>
    private static object? Sample(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Sample(inner, depth);
        }

        if (type == typeof(string))
        {
            return $"text {depth}";
        }

        if (type == typeof(int))
        {
            return 3;
        }

        if (type == typeof(long))
        {
            return 3L;
        }

        if (type == typeof(double))
        {
            return 0.25;
        }

        if (type == typeof(bool))
        {
            return false;
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 3, 31);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(UiText))
        {
            return UiText.English;
        }

        if (type == typeof(RawHtml) || type == typeof(IHtml))
        {
            return new RawHtml("<p>body</p>");
        }

        if (type == typeof(object))
        {
            return new Badge("on-track", "On track", "●", "good");
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = Item(type)!;
            var array = Array.CreateInstance(item, 1);
            array.SetValue(depth > 4 ? Default(item) : Sample(item, depth + 1), 0);
            return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                ? typeof(ImmutableArray).GetMethods().First(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }]).MakeGenericMethod(item).Invoke(null, [array])
                : array;
        }

        Assert.True(type.Assembly == Engine, $"the test has no sample of {type.FullName}: add one here, and teach ViewHash to read it");
        if (depth > 4 && !type.IsValueType)
        {
            return null;
        }

        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(c => c.GetParameters() is not [var only] || only.ParameterType != type)
            .MaxBy(c => c.GetParameters().Length);
        var value = constructor is null ? Activator.CreateInstance(type)! : constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType, depth + 1))]);
        foreach (var field in Fields(type).Where(f => f.GetValue(value) is null or ICollection { Count: 0 }))
        {
            field.SetValue(value, Sample(field.FieldType, depth + 1));
        }

        return value;
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    /// <summary>Another value of <paramref name="type"/> than <paramref name="current"/>.</summary>
    private static object? Different(Type type, object? current)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return current is null ? Sample(inner, 0) : null;
        }

        switch (current)
        {
            case null:
                return Sample(type, 0);
            case string text:
                return text + "!";
            case int number:
                return number + 1;
            case long number:
                return number + 1;
            case double number:
                return number + 1;
            case bool flag:
                return !flag;
            case DateOnly date:
                return date.AddDays(1);
            case Enum choice:
                return Enum.GetValues(type).Cast<object>().FirstOrDefault(v => !v.Equals(choice)) ?? Enum.ToObject(type, Convert.ToInt64(choice, System.Globalization.CultureInfo.InvariantCulture) + 1);
            case UiText:
                return German.Value;
            case RawHtml html:
                return new RawHtml(html.Html + "!");
        }

        if (current is ICollection { Count: 0 })
        {
            return Sample(type, 0);
        }

        if (current is IEnumerable && current is not string)
        {
            var item = Item(type) ?? Item(current.GetType())!;
            var empty = Array.CreateInstance(item, 0);
            return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                ? type.GetField(nameof(ImmutableArray<int>.Empty))!.GetValue(null)
                : empty;
        }

        if (type == typeof(object))
        {
            return new LinkView("Other", "other/");
        }

        return !type.IsValueType ? null : Sample(type, 0) is var fresh && !fresh!.Equals(current) ? fresh : Mutated(current);
    }

    /// <summary>A copy of a struct with its first field changed.</summary>
    private static object Mutated(object current)
    {
        var copy = Clone.Invoke(current, null)!;
        var field = Fields(current.GetType()).First();
        field.SetValue(copy, Different(field.FieldType, field.GetValue(current)));
        return copy;
    }
}
