using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Actieplannen;

/// <summary>Sign-ins and the steps of the approval journey, shared by the action plan tests.</summary>
internal static class Actieplanhulp
{
    public static async Task<(HttpSessie Sessie, string Plan)> TrekkerDvAsync(IdCyclusFabriek fabriek)
    {
        var sessie = fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Trekker, "DV");
        return (sessie, await PlanUrlAsync(fabriek, "DV"));
    }

    public static async Task<string> PlanUrlAsync(IdCyclusFabriek fabriek, string directie) =>
        $"/actieplannen/2024/{(await fabriek.DirectieAsync(directie)).Id}";

    public static async Task<HttpSessie> DirecteurAsync(IdCyclusFabriek fabriek, string directie = "DV")
    {
        var sessie = fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Directeur, directie);
        return sessie;
    }

    public static async Task IndienenAsync(HttpSessie trekker, string plan)
    {
        var antwoord = await trekker.VerstuurFormulierAsync(plan, new Dictionary<string, string>(), "form[action*=Indienen]");
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
    }

    /// <summary>The directeur's open task with this title, by its link in the inbox.</summary>
    public static async Task<string> TaakAsync(HttpSessie sessie, string titel)
    {
        var inbox = await sessie.PaginaAsync("/taken");
        var rij = inbox.QuerySelectorAll("tr.idc-taakrij").SingleOrDefault(r => r.TextContent.Contains(titel, StringComparison.Ordinal));
        Assert.True(rij is not null, $"Geen taak '{titel}' in het takenoverzicht: {inbox.QuerySelector("main")?.TextContent}");
        return rij!.QuerySelector("a")!.GetAttribute("href")!;
    }

    public static async Task<HttpResponseMessage> BesluitAsync(HttpSessie directeur, string taakUrl, string besluit, string? opmerking = null)
    {
        var velden = new Dictionary<string, string> { ["Velden[Besluit]"] = besluit };
        if (opmerking is not null)
        {
            velden["Velden[Opmerking]"] = opmerking;
        }

        return await directeur.VerstuurFormulierAsync(taakUrl, velden, "form[action*=Voltooien]");
    }

    public static async Task GoedkeurenAsync(IdCyclusFabriek fabriek, HttpSessie trekker, string plan)
    {
        await IndienenAsync(trekker, plan);
        using var directeur = await DirecteurAsync(fabriek);
        var antwoord = await BesluitAsync(directeur, await TaakAsync(directeur, "Keur het actieplan goed"), "goedkeuren");
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
    }

    public static string Tekst(IDocument pagina, string selector) => pagina.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
