namespace OkrSite.Core.Model;

/// <summary>Pretty URLs of the site's pages (folder/index.html), prefixed with the site's baseUrl.</summary>
public static class Urls
{
    public static string Objective(string baseUrl, string id) => $"{baseUrl}objectives/{id}/";

    public static string Kpi(string baseUrl, string id) => $"{baseUrl}kpis/{id}/";

    public static string Team(string baseUrl, string id) => $"{baseUrl}teams/{id}/";

    public static string Period(string baseUrl, Period period) => $"{baseUrl}periods/{period}/";
}
