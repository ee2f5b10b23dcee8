using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>
/// A form opened before a background change (the deadline passed, an escalation) is still accepted: nobody changed what
/// the person was filling in. A form opened before another person's change (the task taken on) gets the conflict message
/// (ADR 0034).
/// </summary>
public abstract class FormulierversieTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_formulier_geopend_voor_de_deadline_en_de_escalatie_wordt_gewoon_afgerond()
    {
        var (directeur, taak) = await AfspraaktaakAsync();
        var formulier = HttpSessie.FormulierVelden(await directeur.PaginaAsync($"/taken/{taak.Id}"), "form[action*=Voltooien]");

        // The deadline (1 June 2025, 17:00) passes and the task escalates to the clusterdirecteur: the version rises twice.
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero));
        await Fabriek.Services.GetRequiredService<Verwerker>().RondeAsync(default);
        var na = (await TaakAsync(taak.Id))!;
        Assert.True(na.Versie > taak.Versie, "de achtergrond verhoogt de versie");
        Assert.Equal(TaakStatus.Geescaleerd, na.Status);

        // Months later the sign-in cookie has expired: the same person signs in again and sends the form opened before.
        using var weer = Fabriek.NieuweSessie();
        await weer.AanmeldenAlsAsync((await Fabriek.RolhouderAsync(Rol.Directeur, "Com")).Persoon.Id);
        formulier["__RequestVerificationToken"] = HttpSessie.Token(await weer.PaginaAsync($"/taken/{taak.Id}"));
        var antwoord = await weer.Client.PostAsync($"/taken/{taak.Id}?handler=Voltooien", new FormUrlEncodedContent(Invullen(formulier)));

        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect,
            string.Join(", ", (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().HistorieAsync(
                new HistorieVraag { TaakId = taak.Id }, default))).Select(g => $"{g.Soort}@{g.MomentUtc:O}")));
        Assert.Equal(TaakStatus.Voltooid, (await TaakAsync(taak.Id))!.Status);
    }

    [Fact]
    public async Task Een_formulier_geopend_voordat_iemand_de_taak_oppakte_geeft_de_conflictmelding()
    {
        var (directeur, taak) = await AfspraaktaakAsync();
        var formulier = HttpSessie.FormulierVelden(await directeur.PaginaAsync($"/taken/{taak.Id}"), "form[action*=Voltooien]");
        var persoon = (await Fabriek.RolhouderAsync(Rol.Directeur, "Com")).Persoon;
        var opgepakt = await Fabriek.MetDienstAsync(d => d.GetRequiredService<WorkflowMotor>().ClaimAsync(
            taak.Id, new Handelende(persoon.Id, persoon.Naam), taak.Versie, default));
        Assert.True(opgepakt.IsGelukt);

        var pagina = await HttpSessie.LeesAsync(await directeur.Client.PostAsync($"/taken/{taak.Id}?handler=Voltooien",
            new FormUrlEncodedContent(Invullen(formulier))));

        Assert.Contains(SerieelUitvoeren.ConflictMelding, pagina.QuerySelector("#foutenoverzicht")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(TaakStatus.Voltooid, (await TaakAsync(taak.Id))!.Status);
    }

    private static Dictionary<string, string> Invullen(Dictionary<string, string> formulier)
    {
        formulier["Velden[Naam]"] = "Nieuwe Trekker";
        formulier["Velden[Email]"] = "nieuwe.trekker@idcyclus.example";
        formulier["Velden[UrenPerWeek]"] = "8";
        formulier["Velden[Van]"] = "2025-03-01";
        return formulier;
    }

    private async Task<(HttpSessie Directeur, WorkflowTaak Taak)> AfspraaktaakAsync()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync("Com")).Id.ToString(), ["Soort"] = "TrekkerBenoemd", ["Bron"] = "Gmt", ["Deadline"] = "2025-06-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));
        var taak = Assert.Single(await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag(), default)),
            t => t.DefinitieId == "opvolging-afspraak-trekker");
        var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync((await Fabriek.RolhouderAsync(Rol.Directeur, "Com")).Persoon.Id);
        return (directeur, taak);
    }

    private Task<WorkflowTaak?> TaakAsync(Guid id) => Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TaakAsync(id, default));
}

public sealed class FormulierversieTests_Sqlite(SqliteFabriek fabriek) : FormulierversieTests<SqliteFabriek>(fabriek);

public sealed class FormulierversieTests_Postgres(PostgresFabriek fabriek) : FormulierversieTests<PostgresFabriek>(fabriek);
