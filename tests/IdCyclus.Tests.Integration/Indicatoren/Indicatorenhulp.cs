using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Indicatoren;

/// <summary>Uploading, previewing and confirming indicator files over HTTP, as Bureau's browser does.</summary>
internal static class Indicatorenhulp
{
    public const string Importpagina = "/indicatoren/importeren";

    public static async Task<HttpSessie> BureauAsync(IdCyclusFabriek fabriek)
    {
        var sessie = fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        return sessie;
    }

    /// <summary>Posts the file as multipart, like the file input; returns the response (a redirect to the preview when valid).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpSessie sessie, byte[] inhoud, string naam, string type = "text/csv")
    {
        var pagina = await sessie.PaginaAsync(Importpagina);
        using var formulier = new MultipartFormDataContent { { new StringContent(HttpSessie.Token(pagina)), "__RequestVerificationToken" } };
        var bestand = new ByteArrayContent(inhoud);
        bestand.Headers.ContentType = new MediaTypeHeaderValue(type);
        formulier.Add(bestand, "Bestand", naam);
        return await sessie.Client.PostAsync(Importpagina, formulier);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpSessie sessie, string csv, string naam = "cijfers.csv") =>
        UploadAsync(sessie, Encoding.UTF8.GetBytes(csv), naam);

    /// <summary>Uploads and returns the preview page's address; the upload must be accepted.</summary>
    public static async Task<string> VoorbeeldAsync(HttpSessie sessie, string csv)
    {
        var antwoord = await UploadAsync(sessie, csv);
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            var pagina = await HttpSessie.LeesAsync(antwoord);
            Assert.Fail("Upload geweigerd: " + string.Join(" | ", pagina.QuerySelectorAll(".idc-importfout").Select(f => f.TextContent.Trim())));
        }

        return antwoord.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> BevestigAsync(HttpSessie sessie, string voorbeeld) =>
        sessie.VerstuurFormulierAsync(voorbeeld, new Dictionary<string, string>(), "form[action*='handler=Bevestigen']");

    public static async Task ImporteerAsync(HttpSessie sessie, string csv)
    {
        var antwoord = await BevestigAsync(sessie, await VoorbeeldAsync(sessie, csv));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
    }

    public static Task<T> MetDbAsync<T>(IdCyclusFabriek fabriek, Func<IndicatorenDbContext, Task<T>> werk) =>
        fabriek.MetDienstAsync(diensten => werk(diensten.GetRequiredService<IndicatorenDbContext>()));

    public static Task<decimal?> GetalAsync(IdCyclusFabriek fabriek, string indicator, string eenheidId, string periode) =>
        MetDbAsync(fabriek, db => db.Waarden.AsNoTracking().Where(w => w.IndicatorId == indicator && w.EenheidId == eenheidId && w.Periode == periode)
            .Select(w => w.Getal).SingleOrDefaultAsync());

    /// <summary>The overview table of an indicator: per unit (as shown) the cells after the unit's name.</summary>
    public static Dictionary<string, List<string>> Tabel(IDocument pagina, string indicator) =>
        pagina.QuerySelectorAll($"table.idc-indicatortabel[data-indicator='{indicator}'] tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());

    public static IReadOnlyList<string> Controles(IDocument pagina) =>
        pagina.QuerySelectorAll("li.idc-controle").Select(c => c.TextContent.Trim()).ToList();
}
