using System.Text.Json;
using Microsoft.Playwright;

namespace OkrSite.BrowserTests.Audits;

/// <summary>Tabs through a page as a keyboard user does and records every element that takes the focus, once each.</summary>
public static class KeyboardFocus
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The focus stops in Tab order, until the focus comes back to an element seen before, leaves the page, or after <paramref name="limit"/> presses.</summary>
    public static async Task<IReadOnlyList<FocusStop>> TabThroughAsync(IPage page, int limit = 400)
    {
        var stops = new List<FocusStop>();
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            var json = await page.EvaluateAsync<string?>(PageScripts.Focused).ConfigureAwait(false);
            if (json is null)
            {
                // Past the last element the focus goes to the browser's own UI (nothing focused in the page).
                if (stops.Count > 0)
                {
                    break;
                }

                continue;
            }

            var stop = JsonSerializer.Deserialize<FocusStop>(json, Json)!;
            if (stop.Again)
            {
                break;
            }

            stops.Add(stop);
        }

        return stops;
    }
}

/// <summary>One element that took the keyboard focus: whether it drew an outline or a box-shadow and was on screen.</summary>
public sealed record FocusStop(string Name, string Html, bool Outline, bool Shadow, bool OnScreen, bool Again = false)
{
    public bool Visible => (Outline || Shadow) && OnScreen;

    public override string ToString() =>
        $"{Name}: {(Outline || Shadow ? "" : "no outline or box-shadow")}{(!(Outline || Shadow) && !OnScreen ? ", " : "")}{(OnScreen ? "" : "off screen")} ({Html})";
}
