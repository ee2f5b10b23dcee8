using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Infrastructuur;

/// <summary>Signs in through the demo page as a person would: open the role's group, press a person's button, see the welcome.</summary>
public static class Demoaanmelding
{
    /// <param name="groepKop">The heading of the role's group, e.g. <c>^\s*Projectleider</c>.</param>
    /// <param name="knop">Which person's button in that group; the first when omitted.</param>
    public static async Task MeldAanAsync(IPage pagina, Regex groepKop, Regex? knop = null)
    {
        await pagina.GotoAsync("/aanmelden");
        var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = groepKop }) });
        if (!await groep.EvaluateAsync<bool>("d => d.open"))
        {
            await groep.Locator("summary").ClickAsync();
        }

        var knoppen = groep.GetByRole(AriaRole.Button);
        await (knop is null ? knoppen.First : knoppen.Filter(new() { HasTextRegex = knop }).First).ClickAsync();
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Welkom"), Level = 1 })).ToBeVisibleAsync();
    }
}
