using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>One person's browser session over HTTP: cookies, antiforgery tokens and forms as a browser would send them.</summary>
public sealed class HttpSessie(HttpClient client, IdCyclusFabriek fabriek) : IDisposable
{
    private static readonly IBrowsingContext Html = BrowsingContext.New(Configuration.Default);

    public HttpClient Client => client;

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public async Task<IDocument> PaginaAsync(string url, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        var antwoord = await client.GetAsync(url);
        var inhoud = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == verwacht, $"GET {url}: {(int)antwoord.StatusCode} in plaats van {(int)verwacht}. {Ingekort(inhoud)}");
        return await LeesAsync(inhoud);
    }

    public static async Task<IDocument> LeesAsync(HttpResponseMessage antwoord) => await LeesAsync(await antwoord.Content.ReadAsStringAsync());

    public static Task<IDocument> LeesAsync(string html) => Html.OpenAsync(req => req.Content(html));

    public async Task AanmeldenAlsAsync(Guid persoonId)
    {
        var pagina = await PaginaAsync("/aanmelden");
        var antwoord = await client.PostAsync("/aanmelden?handler=Demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persoonId"] = persoonId.ToString(),
            ["__RequestVerificationToken"] = Token(pagina),
        }));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
    }

    public async Task<RolGegevens> AanmeldenAlsAsync(Rol rol, string? directie = null, string? cluster = null)
    {
        var houder = await fabriek.RolhouderAsync(rol, directie, cluster);
        await AanmeldenAlsAsync(houder.Persoon.Id);
        return houder;
    }

    /// <summary>
    /// A replayed or crafted request: posts to a page handler whose form the page does not show, with the page's
    /// antiforgery token and the version its other forms carry, as someone editing a saved request would.
    /// </summary>
    public async Task<HttpResponseMessage> VerstuurZonderFormulierAsync(string url, string handler, IDictionary<string, string> velden)
    {
        var pagina = await PaginaAsync(url);
        var waarden = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(pagina) };
        if (pagina.QuerySelector("input[name=Versie]")?.GetAttribute("value") is { } versie)
        {
            waarden["Versie"] = versie;
        }

        foreach (var (naam, waarde) in velden)
        {
            waarden[naam] = waarde;
        }

        return await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(waarden));
    }

    /// <summary>Opens the page, fills the form as shown (hidden fields, selected options, antiforgery) with the given values, and submits it.</summary>
    public async Task<HttpResponseMessage> VerstuurFormulierAsync(string url, IDictionary<string, string> velden, string formulier = "form.idc-formulier")
    {
        var pagina = await PaginaAsync(url);
        var form = pagina.QuerySelector<IHtmlFormElement>(formulier) ?? throw new InvalidOperationException($"Geen formulier '{formulier}' op {url}.");
        var waarden = FormulierVelden(form);
        foreach (var (naam, waarde) in velden)
        {
            waarden[naam] = waarde;
        }

        var actie = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(actie, new FormUrlEncodedContent(waarden));
    }

    /// <summary>The fields of the first form matching the selector as a browser would send them (unchecked radios and checkboxes left out).</summary>
    public static Dictionary<string, string> FormulierVelden(IDocument pagina, string selector = "form.idc-formulier") =>
        FormulierVelden(pagina.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"Geen formulier '{selector}' op de pagina."));

    public static Dictionary<string, string> FormulierVelden(IHtmlFormElement form)
    {
        var waarden = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            if (element is IHtmlInputElement { Type: "radio" or "checkbox", IsChecked: false })
            {
                continue;
            }

            waarden[element.GetAttribute("name")!] = element switch
            {
                IHtmlSelectElement select => select.SelectedOptions.FirstOrDefault()?.Value ?? "",
                IHtmlTextAreaElement tekst => tekst.Value,
                IHtmlInputElement input => input.Value,
                _ => "",
            };
        }

        return waarden;
    }

    public static string Token(IDocument pagina) =>
        pagina.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("Geen antiforgery-token op de pagina.");

    /// <summary>A page refuses by sending the person to "Geen toegang" (the cookie scheme's access-denied page).</summary>
    public static void AssertGeenToegang(HttpResponseMessage antwoord)
    {
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith(
            "/geen-toegang",
            antwoord.Headers.Location!.IsAbsoluteUri ? antwoord.Headers.Location.PathAndQuery : antwoord.Headers.Location.OriginalString);
    }

    /// <summary>The Dutch error shown next to a field, or null.</summary>
    public static string? FoutBijVeld(IDocument pagina, string veld) => pagina.QuerySelector($"#{veld}-fout")?.TextContent.Trim();

    /// <summary>
    /// The text of the first element matching <paramref name="selector"/> as a reader hears it: every run of whitespace
    /// (the markup's indentation and line breaks) as one space. A missing element reads "(geen selector)", so an assertion
    /// on it says what was not found.
    /// </summary>
    public static string Tekst(IDocument pagina, string selector) =>
        string.Join(' ', (pagina.QuerySelector(selector)?.TextContent ?? $"(geen {selector})")
            .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string Ingekort(string tekst) => tekst.Length > 600 ? tekst[..600] : tekst;

    public void Dispose() => client.Dispose();
}
