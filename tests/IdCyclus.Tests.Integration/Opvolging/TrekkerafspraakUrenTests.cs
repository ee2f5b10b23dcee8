using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>
/// The task of an agreement "trekker met minimaal N uur per week" asks for N hours, not the report's 8: fewer is refused
/// with N in the message and nothing is recorded; N is accepted, even when N is below 8.
/// </summary>
public abstract class TrekkerafspraakUrenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Theory]
    [InlineData("12", "11", "Een trekker krijgt minimaal 12 uur per week (volgens de afspraak met uw directie); 11 uur is te weinig.")]
    [InlineData("6", "5", "Een trekker krijgt minimaal 6 uur per week (volgens de afspraak met uw directie); 5 uur is te weinig.")]
    public async Task Het_formulier_van_de_afspraaktaak_vraagt_de_uren_van_de_afspraak(string afgesproken, string teWeinig, string melding)
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync("Com")).Id.ToString(), ["Soort"] = "TrekkerBenoemd", ["Bron"] = "Gmt",
            ["Deadline"] = "2025-06-01", ["MinimaleUren"] = afgesproken,
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await Fabriek.MetDienstAsync(d => d.GetRequiredService<ModuleOutboxTaak>().BezorgAsync(default));
        var taak = Assert.Single(await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag(), default)),
            t => t.DefinitieId == "opvolging-afspraak-trekker");

        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "Com");
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(directeur.Persoon.Id);
        var pagina = await sessie.PaginaAsync($"/taken/{taak.Id}");
        Assert.Equal($"Minimaal {afgesproken} uur per week, zoals met uw directie is afgesproken.",
            pagina.QuerySelector("#Velden_UrenPerWeek-hint")!.TextContent.Trim());

        var fout = await HttpSessie.LeesAsync(await sessie.VerstuurFormulierAsync($"/taken/{taak.Id}", Trekker(teWeinig), "form[action*=Voltooien]"));
        Assert.Equal($"Invoerfout: {melding}", HttpSessie.FoutBijVeld(fout, "Velden_UrenPerWeek"));
        Assert.Equal(TaakStatus.Open, (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TaakAsync(taak.Id, default)))!.Status);

        var benoemd = await sessie.VerstuurFormulierAsync($"/taken/{taak.Id}", Trekker(afgesproken), "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, benoemd.StatusCode);
        Assert.Equal(TaakStatus.Voltooid, (await Fabriek.MetDienstAsync(d => d.GetRequiredService<IWorkflowLezer>().TaakAsync(taak.Id, default)))!.Status);
    }

    private static Dictionary<string, string> Trekker(string uren) => new()
    {
        ["Velden[Naam]"] = "Nieuwe Trekker", ["Velden[Email]"] = "nieuwe.trekker@idcyclus.example", ["Velden[UrenPerWeek]"] = uren,
        ["Velden[Van]"] = "2025-03-01",
    };
}

public sealed class TrekkerafspraakUrenTests_Sqlite(SqliteFabriek fabriek) : TrekkerafspraakUrenTests<SqliteFabriek>(fabriek);

public sealed class TrekkerafspraakUrenTests_Postgres(PostgresFabriek fabriek) : TrekkerafspraakUrenTests<PostgresFabriek>(fabriek);
