using System.Net;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Actieplannen.Actieplanhulp;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>
/// The two system-checked agreements close by themselves on the other modules' events (Organisatie's trekker, Actieplannen'
/// approved version), delivered through the shared module outbox: no poll, and a redelivery changes nothing.
/// </summary>
public abstract class AutomatischAfvinkenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_trekkerafspraak_is_pas_gedaan_als_een_trekker_de_afgesproken_uren_heeft()
    {
        using var bureau = Fabriek.NieuweSessie();
        var (trekker, url) = await TrekkerafspraakBijVierUurAsync(bureau);

        await UrenAsync(bureau, trekker, "6");
        Assert.Equal(1, await BezorgAsync());
        Assert.Equal("open", Assert.Single(await AfsprakenAsync()).Status);

        await UrenAsync(bureau, trekker, "8");
        // Organisatie's event, and in the same round the agreement's own change that closes its task (ADR 0023).
        Assert.Equal(2, await BezorgAsync());
        Assert.Equal(0, await BezorgAsync());

        Assert.Equal("gedaan", Assert.Single(await AfsprakenAsync()).Status);
        var pagina = await bureau.PaginaAsync(url);
        Assert.Equal($"Trekker {trekker.Persoon.Naam} met 8 uur per week vastgelegd op 1 maart 2025.", pagina.QuerySelector("#afsluiting")!.TextContent);
        Assert.Contains("Vanzelf afgevinkt", pagina.QuerySelector("#geschiedenis")!.TextContent);
    }

    [Fact]
    public async Task De_directeur_geeft_de_huidige_trekker_de_afgesproken_uren_en_de_afspraak_is_vanzelf_gedaan()
    {
        // Item 3: a directie whose trekker has fewer than 8 hours gets the agreement too; the directeur meets it by naming
        // that same trekker with 8 hours. Organisatie changes the hours of the one assignment instead of refusing a second,
        // overlapping one (which left the completed task's effect stuck as an incident for Bureau).
        using var bureau = Fabriek.NieuweSessie();
        var (trekker, _) = await TrekkerafspraakBijVierUurAsync(bureau);
        var taak = Assert.Single(await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag(), default)),
            t => t.DefinitieId == "opvolging-afspraak-trekker");

        using var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync((await Fabriek.RolhouderAsync(Rol.Directeur, "Com")).Persoon.Id);
        var benoemd = await directeur.VerstuurFormulierAsync($"/taken/{taak.Id}", new Dictionary<string, string>
        {
            ["Velden[Naam]"] = trekker.Persoon.Naam, ["Velden[Email]"] = trekker.Persoon.Email, ["Velden[UrenPerWeek]"] = "8",
        }, "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, benoemd.StatusCode);
        await Fabriek.MetDienstAsync(d => d.GetRequiredService<WorkflowMotor>().BezorgGebeurtenissenAsync(default));
        await BezorgAsync();

        var vandaag = await Fabriek.MetDienstAsync(
            d => d.GetRequiredService<IOrganisatieQueries>().TrekkersAsync(trekker.DirectieId!.Value, Fabriek.Klok.Vandaag()));
        var huidige = Assert.Single(vandaag);
        Assert.Equal((trekker.Id, 8m), (huidige.Id, huidige.UrenPerWeek));
        Assert.Empty(await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().IncidentenAsync(default)));
        Assert.Equal("gedaan", Assert.Single(await AfsprakenAsync()).Status);
        var geschiedenis = (await directeur.PaginaAsync($"/taken/{taak.Id}")).QuerySelector("main")!.TextContent;
        Assert.Contains($"{trekker.Persoon.Naam} blijft trekker van Com, nu met 8 uur per week (was 4).", geschiedenis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_planafspraak_is_gedaan_zodra_de_directeur_een_nieuwe_versie_goedkeurt()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        await VastleggenAsync(bureau, "DV", "ActieplanOpgeleverd");
        await VastleggenAsync(bureau, "DV", "TrekkerBenoemd");
        var (trekker, plan) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;

        await GoedkeurenAsync(Fabriek, trekker, plan);
        await BezorgAsync();

        var afspraken = await AfsprakenAsync();
        Assert.Equal("gedaan", afspraken.Single(a => a.Soort == "ActieplanOpgeleverd").Status);
        Assert.Equal("open", afspraken.Single(a => a.Soort == "TrekkerBenoemd").Status);
    }

    /// <summary>Bureau signs in, gives Com's trekker 4 hours and records a trekker agreement for Com (with its task).</summary>
    private async Task<(RolGegevens Trekker, string Url)> TrekkerafspraakBijVierUurAsync(HttpSessie bureau)
    {
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        await UrenAsync(bureau, trekker, "4");
        Assert.Equal(1, await BezorgAsync());
        return (trekker, await VastleggenAsync(bureau, "Com", "TrekkerBenoemd"));
    }

    private static async Task UrenAsync(HttpSessie bureau, RolGegevens trekker, string uren)
    {
        var antwoord = await bureau.VerstuurFormulierAsync($"/organisatie/rollen/{trekker.Id}/uren", new Dictionary<string, string> { ["UrenPerWeek"] = uren });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
    }

    private async Task<string> VastleggenAsync(HttpSessie bureau, string directie, string soort)
    {
        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync(directie)).Id.ToString(), ["Soort"] = soort, ["Bron"] = "Gmt", ["Deadline"] = "2025-06-01",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
        // The agreement's own event: its task for the directeur (ADR 0023).
        Assert.Equal(1, await BezorgAsync());
        return antwoord.Headers.Location!.OriginalString;
    }

    private Task<int> BezorgAsync() => Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));

    private Task<IReadOnlyList<AfspraakGegevens>> AfsprakenAsync() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IOpvolgingQueries>().AfsprakenAsync(null, Fabriek.Klok.Vandaag()));
}

public sealed class AutomatischAfvinkenTests_Sqlite(SqliteFabriek fabriek) : AutomatischAfvinkenTests<SqliteFabriek>(fabriek);

public sealed class AutomatischAfvinkenTests_Postgres(PostgresFabriek fabriek) : AutomatischAfvinkenTests<PostgresFabriek>(fabriek);
