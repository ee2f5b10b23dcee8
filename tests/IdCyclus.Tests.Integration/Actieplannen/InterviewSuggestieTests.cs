using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Actieplannen;

/// <summary>The interview page shows the plan's facts as suggestions for items 3, 5, 6, 7 and 9, with the reason, and fills in nothing.</summary>
public abstract class InterviewSuggestieTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Het_DV_plan_geeft_suggesties_met_reden_en_kiest_geen_antwoord()
    {
        using var accounthouder = Fabriek.NieuweSessie();
        await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "dii");

        var pagina = await accounthouder.PaginaAsync($"/interviews/2024/{(await Fabriek.DirectieAsync("DV")).Id}");

        string Suggestie(string vraag) => pagina.QuerySelector($"#Antwoorden_{vraag}-suggestie")?.TextContent.Trim() ?? "";
        Assert.Contains(
            "Suggestie: score 3. Het actieplan 2024, versie 1 (nog niet goedgekeurd) noemt 9 werkgroepleden, elk met minimaal 2 uur per week",
            Suggestie("3"));
        Assert.Contains("Suggestie: score 2. Status volgens het actieplan 2024, versie 1 (nog niet goedgekeurd): er ligt een concept plan.", Suggestie("5"));
        Assert.Contains("Suggestie: score 2.", Suggestie("6"));
        Assert.Contains("meerjarige visie of ambitie", Suggestie("6"));
        Assert.Contains("Suggestie: score 3.", Suggestie("7"));
        Assert.Contains(
            "Suggestie: score 3. Het actieplan 2024, versie 1 (nog niet goedgekeurd) heeft een begroting van € 287.200 in 6 regels.",
            Suggestie("9"));
        foreach (var vraag in new[] { "3", "5", "6", "7", "9" })
        {
            var gekozen = Assert.Single(pagina.QuerySelectorAll($"input[name='Antwoorden[{vraag}]'][checked]"));
            Assert.Equal("", gekozen.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Het_Data_plan_zonder_begroting_en_smart_doelen_geeft_alleen_wat_het_plan_draagt()
    {
        using var accounthouder = Fabriek.NieuweSessie();
        await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "dii");

        var pagina = await accounthouder.PaginaAsync($"/interviews/2024/{(await Fabriek.DirectieAsync("Data")).Id}");

        Assert.Null(pagina.QuerySelector("#Antwoorden_9-suggestie"));
        Assert.Null(pagina.QuerySelector("#Antwoorden_3-suggestie"));
        Assert.Contains("zonder koppeling aan thema's", pagina.QuerySelector("#Antwoorden_7-suggestie")!.TextContent);
    }
}

public sealed class InterviewSuggestieTests_Sqlite(SqliteFabriek fabriek) : InterviewSuggestieTests<SqliteFabriek>(fabriek);

public sealed class InterviewSuggestieTests_Postgres(PostgresFabriek fabriek) : InterviewSuggestieTests<PostgresFabriek>(fabriek);
