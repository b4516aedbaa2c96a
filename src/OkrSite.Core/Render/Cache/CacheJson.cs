using System.Text.Json.Serialization;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Core.Render.Cache;

[JsonSerializable(typeof(ChartMeta))]
[JsonSerializable(typeof(PageMeta))]
internal sealed partial class CacheJson : JsonSerializerContext;
