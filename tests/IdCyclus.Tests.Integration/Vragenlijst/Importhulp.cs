using System.Net;
using AngleSharp.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Vragenlijst;

/// <summary>Import files and imports over HTTP, for the tests that need final interviews to look at.</summary>
internal static class Importhulp
{
    public const string Importpagina = "/vragenlijsten/importeren";

    public static string Bestand(int jaar, params string[] interviews) =>
        $$"""{"jaar": {{jaar}}, "versie": "{{jaar}}", "interviews": [{{string.Join(",\n", interviews)}}]}""";

    /// <param name="antwoorden">The answers object's content, e.g. <c>"1": 3, "6": 2</c>.</param>
    public static string Interview(string directie, string antwoorden, string respondenttype = "trekker") =>
        $$$"""{"directie": "{{{directie}}}", "respondenttype": "{{{respondenttype}}}", "antwoorden": {{{{antwoorden}}}}}""";

    /// <summary>Every scored item with the same score (visie/ambitie, item 6, at most 2), and one open answer.</summary>
    public static string Allemaal(int score, params string[] zonder) =>
        string.Join(", ", new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14a", "14b", "15" }
            .Where(n => !zonder.Contains(n))
            .Select(n => $"\"{n}\": {(n == "6" ? Math.Min(score, 2) : score)}")
            .Append("\"17\": \"meer dialoogsessies\""));

    public static async Task<HttpSessie> BureauAsync(IdCyclusFabriek fabriek)
    {
        var sessie = fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        return sessie;
    }

    /// <summary>Pastes the file into the import page; the import must succeed.</summary>
    public static async Task ImporteerAsync(HttpSessie bureau, string json)
    {
        var antwoord = await bureau.VerstuurFormulierAsync(Importpagina, new Dictionary<string, string> { ["Inhoud"] = json });
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            var pagina = await HttpSessie.LeesAsync(antwoord);
            var fouten = pagina.QuerySelectorAll(".idc-importfout, #foutenoverzicht li").Select(f => f.TextContent.Trim());
            Assert.Fail("Import geweigerd: " + string.Join(" | ", fouten));
        }
    }

    public static Task<int> AantalInterviewsAsync(IdCyclusFabriek fabriek, int jaar) =>
        fabriek.MetDienstAsync(async diensten => (await diensten.GetRequiredService<IVragenlijstQueries>().InterviewsAsync(jaar)).Count);

    /// <summary>Status per directie on the interviews page, by abbreviation.</summary>
    public static Dictionary<string, string> Statussen(IDocument pagina) =>
        pagina.QuerySelectorAll("tr.idc-interviewregel").ToDictionary(
            r => Afkorting(r.QuerySelector("th")!.TextContent.Trim()),
            r => r.Children[2].TextContent.Trim());

    /// <summary>"Personeel en Organisatie (P&amp;O)" → "P&amp;O"; a directie without a full name shows only its abbreviation.</summary>
    public static string Afkorting(string weergavenaam) =>
        weergavenaam.EndsWith(')') ? weergavenaam[(weergavenaam.LastIndexOf('(') + 1)..^1] : weergavenaam;
}
