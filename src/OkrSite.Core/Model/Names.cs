using System.Text;

namespace OkrSite.Core.Model;

/// <summary>The kebab-case names of enum values as they appear in report.json and CSS classes (OnTrack → on-track).</summary>
internal static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
