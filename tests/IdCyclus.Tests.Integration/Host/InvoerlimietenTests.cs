using System.Net;
using System.Text;
using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Tests.Integration.Vragenlijst;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>Too large or too long input gets a Dutch answer and changes nothing; it never reaches the database as a 500.</summary>
public abstract class InvoerlimietenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_import_van_50_mb_wordt_geweigerd_voordat_hij_wordt_gelezen()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var pagina = await bureau.PaginaAsync("/vragenlijsten/importeren");
        using var inhoud = new MultipartFormDataContent
        {
            { new StringContent(HttpSessie.Token(pagina)), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[50 * 1024 * 1024]), "Bestand", "groot.json" },
        };
        var antwoord = await bureau.Client.PostAsync("/vragenlijsten/importeren", inhoud);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, antwoord.StatusCode);
        var fout = await HttpSessie.LeesAsync(antwoord);
        Assert.Equal("Het bestand of de invoer is te groot", fout.QuerySelector("h1")!.TextContent);
        Assert.Contains("hooguit 2 MB", fout.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Een_antwoord_van_100000_tekens_geeft_een_nederlandse_melding_en_bewaart_niets()
    {
        var directie = await Fabriek.DirectieAsync("F&I");
        var url = $"/interviews/2024/{directie.Id}";
        using var accounthouder = Fabriek.NieuweSessie();
        await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: directie.ClusterId);
        var velden = InterviewTests<TFabriek>.AlleAntwoorden(zonder: null);
        velden["Antwoorden[17]"] = new string('a', 100_000);
        velden["Respondent"] = new string('r', 300);

        var antwoord = await accounthouder.VerstuurFormulierAsync(url, velden);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("100000 tekens lang; het maximum is 4000", HttpSessie.FoutBijVeld(pagina, "Antwoorden_17"));
        Assert.Contains("het maximum is 200", HttpSessie.FoutBijVeld(pagina, "Respondent"));
        Assert.True((await accounthouder.PaginaAsync(url)).QuerySelector("textarea#Antwoorden_17")!.TextContent.Length < 100_000);
    }

    [Fact]
    public async Task De_api_weigert_een_te_groot_of_te_diep_genest_verzoek_met_een_nederlandse_probleemmelding()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var url = $"/api/organisatie/rollen/{trekker.Id}/uren";

        var groot = await bureau.Client.PutAsync(url, new StringContent(
            $"{{\"urenPerWeek\": 9, \"versie\": 1, \"opvulling\": \"{new string('x', 100_000)}\"}}", Encoding.UTF8, "application/json"));
        await AssertProbleemAsync(groot, "groter dan 64 kB");

        var diep = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);
        var genest = await bureau.Client.PutAsync(url, new StringContent(
            $"{{\"urenPerWeek\": 9, \"versie\": 1, \"extra\": {diep}}}", Encoding.UTF8, "application/json"));
        await AssertProbleemAsync(genest, "dieper genest dan 16 niveaus");

        Assert.Equal(trekker.UrenPerWeek, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
    }

    private static async Task AssertProbleemAsync(HttpResponseMessage antwoord, string verwacht)
    {
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains(verwacht, json.RootElement.GetProperty("detail").GetString());
    }
}

public sealed class InvoerlimietenTests_Sqlite(SqliteFabriek fabriek) : InvoerlimietenTests<SqliteFabriek>(fabriek);

public sealed class InvoerlimietenTests_Postgres(PostgresFabriek fabriek) : InvoerlimietenTests<PostgresFabriek>(fabriek);
