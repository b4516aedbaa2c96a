namespace OkrSite.Core.Render.Html;

/// <summary>A value a template writes as HTML, not escaped: markup OkrSite made itself (<see cref="RawHtml"/>, <see cref="SparklineHtml"/>).</summary>
internal interface IHtml
{
    string Html { get; }
}
