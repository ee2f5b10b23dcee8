using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Actieplannen.Actieplanhulp;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>
/// Every free-text field of the Organisatie and Actieplannen forms states its maximum (hint and maxlength) and the
/// server refuses a longer text with a Dutch message that names the field, and stores nothing. A browser keeps to
/// maxlength; these tests post as an attacker would, past it.
/// </summary>
public abstract class VrijeTekstMaximaTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private static readonly string Lang = new('x', 100_000);

    [Fact]
    public async Task Een_nieuwe_persoon_met_een_te_lange_naam_of_e_mailadres_wordt_niet_opgeslagen()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var directie = await Fabriek.DirectieAsync("P&O");
        var url = $"/organisatie/rollen/nieuw?directieId={directie.Id}";
        var formulier = await bureau.PaginaAsync(url);
        AssertMaximumGenoemd(formulier, "NieuwePersoonNaam", Persoonsvelden.MaxNaam);
        AssertMaximumGenoemd(formulier, "NieuwePersoonEmail", Persoonsvelden.MaxEmail);
        var voor = (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().PersonenAsync())).Count;

        var antwoord = await bureau.VerstuurFormulierAsync(url, new Dictionary<string, string>
        {
            ["Rol"] = "Trekker", ["NieuwePersoonNaam"] = Lang, ["NieuwePersoonEmail"] = new string('a', 400) + "@idcyclus.example",
            ["Van"] = "2025-03-01", ["UrenPerWeek"] = "8",
        });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Equal("Invoerfout: De naam is 100000 tekens lang; het maximum is 200.", HttpSessie.FoutBijVeld(pagina, "NieuwePersoonNaam"));
        Assert.Equal("Invoerfout: Het e-mailadres is 417 tekens lang; het maximum is 320.", HttpSessie.FoutBijVeld(pagina, "NieuwePersoonEmail"));
        Assert.Equal(voor, (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().PersonenAsync())).Count);
    }

    [Fact]
    public async Task Een_te_lange_tekst_in_het_actieplan_noemt_het_veld_en_verandert_niets()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        var formulier = await trekker.PaginaAsync(dv + "/bewerken");
        AssertMaximumGenoemd(formulier, "titel", 300);
        AssertMaximumGenoemd(formulier, "visie.eenJaar", 4000);
        AssertMaximumGenoemd(formulier, "doelen[0].acties[0].nummer", 20);
        AssertMaximumGenoemd(formulier, "doelen[0].acties[0].termijn", 300);
        AssertMaximumGenoemd(formulier, "begroting.gesteldeTotalen[0].bron", 300);
        var titel = formulier.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#titel")!.Value;

        var antwoord = await trekker.VerstuurFormulierAsync(dv + "/bewerken", new Dictionary<string, string>
        {
            ["titel"] = new string('t', 301),
            ["visie.eenJaar"] = Lang,
            ["doelen[0].acties[0].termijn"] = Lang,
            ["begroting.gesteldeTotalen[0].bron"] = Lang,
        });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Equal("Invoerfout: De titel is 301 tekens lang; het maximum is 300.", HttpSessie.FoutBijVeld(pagina, "titel"));
        Assert.Equal("Invoerfout: De visie voor dit jaar is 100000 tekens lang; het maximum is 4000.", HttpSessie.FoutBijVeld(pagina, "visie_eenJaar"));
        Assert.Equal("Invoerfout: De termijn is 100000 tekens lang; het maximum is 300.", HttpSessie.FoutBijVeld(pagina, "doelen_0_acties_0_termijn"));
        Assert.Equal(
            "Invoerfout: Waar in het document is 100000 tekens lang; het maximum is 300.",
            HttpSessie.FoutBijVeld(pagina, "begroting_gesteldeTotalen_0_bron"));
        Assert.Equal(titel, (await trekker.PaginaAsync(dv + "/bewerken")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#titel")!.Value);
    }

    [Fact]
    public async Task De_benoemingstaak_weigert_een_naam_die_organisatie_niet_kan_opslaan()
    {
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var start = await bureau.VerstuurFormulierAsync(
                "/workflows", new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "2025-03-01" });
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        }

        using var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync(Rol.Directeur, "P&O");
        var taakUrl = (await directeur.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij a")!.GetAttribute("href")!;
        AssertMaximumGenoemd(await directeur.PaginaAsync(taakUrl), "Velden[Naam]", Persoonsvelden.MaxNaam);

        var antwoord = await directeur.VerstuurFormulierAsync(taakUrl, new Dictionary<string, string>
        {
            ["Velden[Naam]"] = Lang, ["Velden[Email]"] = "nieuwe.trekker@idcyclus.example", ["Velden[UrenPerWeek]"] = "8",
        }, "form[action*=Voltooien]");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("Invoerfout: De naam van de nieuwe trekker is 100000 tekens lang; het maximum is 200.",
            HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(antwoord), "Velden_Naam"));
        Assert.Equal("Open", (await directeur.PaginaAsync(taakUrl)).QuerySelector("#taakstatus")!.TextContent.Trim());
    }

    /// <summary>The form says the maximum twice: as maxlength (the browser keeps to it) and in the hint (a person reads it).</summary>
    private static void AssertMaximumGenoemd(IDocument pagina, string naam, int maximum)
    {
        var veld = pagina.QuerySelector($"[name='{naam}']") ?? throw new InvalidOperationException($"Geen veld {naam}.");
        Assert.Equal(maximum.ToString(), veld.GetAttribute("maxlength"));
        var hint = pagina.GetElementById(veld.Id + "-hint");
        Assert.NotNull(hint);
        Assert.Contains($"Maximaal {maximum} tekens.", hint!.TextContent);
        Assert.Contains(hint.Id!, veld.GetAttribute("aria-describedby"));
    }
}

public sealed class VrijeTekstMaximaTests_Sqlite(SqliteFabriek fabriek) : VrijeTekstMaximaTests<SqliteFabriek>(fabriek);

public sealed class VrijeTekstMaximaTests_Postgres(PostgresFabriek fabriek) : VrijeTekstMaximaTests<PostgresFabriek>(fabriek);
