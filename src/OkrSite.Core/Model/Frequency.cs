namespace OkrSite.Core.Model;

public enum Frequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}
