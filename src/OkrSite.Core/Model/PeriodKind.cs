namespace OkrSite.Core.Model;

public enum PeriodKind
{
    Year,
    Half,
    Quarter,
}
