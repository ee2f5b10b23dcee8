using System.Net;
using System.Text;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang.Matrix;

/// <summary>
/// The access matrix: every page handler and API endpoint of the endpoint table × every role × its method, against the
/// expected outcome in Verwacht/toegangsmatrix.txt (one line per endpoint). An endpoint without a line fails, so a new
/// page cannot slip in unreviewed. POSTs are sent as a browser would (antiforgery token, no further fields): they show
/// whether the person gets past the door, not what the handler does with valid input.
/// </summary>
public sealed class ToegangsmatrixTests(SqliteFabriek fabriek) : ProviderTests<SqliteFabriek>(fabriek)
{
    /// <summary>The directie the directie-scoped rows are about (the roles above are its own, or its cluster's).</summary>
    private const string MatrixDirectie = "WPI";

    private static readonly string[] Rollen =
        ["bureau", "accounthouder", "clusterdirecteur", "directeur", "trekker", "mt-lid", "gmt", "werkgroeplid", "zonder-rol", "anoniem"];

    [Fact]
    public async Task Elk_eindpunt_staat_in_de_verwachte_tabel()
    {
        var verwacht = Matrixregel.LeesBestand().Select(r => r.Sleutel).ToHashSet();
        var werkelijk = (await Eindpunten.VanAsync(Fabriek.Services)).Select(e => e.Sleutel).ToList();
        var ontbreekt = werkelijk.Where(s => !verwacht.Contains(s)).ToList();
        var verdwenen = verwacht.Where(s => !werkelijk.Contains(s)).ToList();
        Assert.True(ontbreekt.Count == 0 && verdwenen.Count == 0,
            $"Voeg een regel toe aan Verwacht/toegangsmatrix.txt voor:\n{string.Join('\n', ontbreekt)}\n"
            + $"Regels zonder eindpunt:\n{string.Join('\n', verdwenen)}");
    }

    [Fact]
    public async Task Elke_rol_krijgt_per_eindpunt_wat_de_tabel_zegt()
    {
        var waarden = await PlaatsvervangersAsync();
        var sessies = new Dictionary<string, HttpSessie>();
        try
        {
            foreach (var rol in Rollen)
            {
                sessies[rol] = await SessieAsync(rol);
            }

            var afwijkingen = new StringBuilder();
            var werkelijkeTabel = new StringBuilder();
            foreach (var regel in Matrixregel.LeesBestand())
            {
                var uitkomsten = new List<string>();
                for (var i = 0; i < Rollen.Length; i++)
                {
                    var uitkomst = regel.Verwacht[i] == "-" ? "-" : await UitkomstAsync(sessies[Rollen[i]], regel, waarden);
                    uitkomsten.Add(uitkomst);
                    if (uitkomst != regel.Verwacht[i])
                    {
                        afwijkingen.AppendLine($"{regel.Sleutel} als {Rollen[i]}: verwacht {regel.Verwacht[i]}, kreeg {uitkomst}");
                    }
                }

                werkelijkeTabel.AppendLine(regel.Met(uitkomsten));
            }

            Assert.True(afwijkingen.Length == 0, $"{afwijkingen}\n--- werkelijk ---\n{werkelijkeTabel}");
        }
        finally
        {
            foreach (var sessie in sessies.Values)
            {
                sessie.Dispose();
            }
        }
    }

    private static async Task<string> UitkomstAsync(HttpSessie sessie, Matrixregel regel, IReadOnlyDictionary<string, string> waarden)
    {
        var url = regel.Url(waarden);
        HttpResponseMessage antwoord;
        if (regel.Methode == "GET")
        {
            antwoord = await sessie.GetAsync(url);
        }
        else if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            antwoord = await sessie.Client.SendAsync(new HttpRequestMessage(new HttpMethod(regel.Methode), url)
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            });
        }
        else
        {
            var token = HttpSessie.Token(await HttpSessie.LeesAsync(await sessie.GetAsync("/aanmelden")));
            antwoord = await sessie.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        }

        var naar = antwoord.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        return antwoord.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "login",
            HttpStatusCode.Redirect when naar.StartsWith("/aanmelden", StringComparison.Ordinal) => "login",
            HttpStatusCode.Forbidden => "403",
            HttpStatusCode.Redirect when naar.StartsWith("/geen-toegang", StringComparison.Ordinal) => "403",
            HttpStatusCode.NotFound => "404",
            HttpStatusCode.InternalServerError => "500",
            _ => "ok",
        };
    }

    private async Task<HttpSessie> SessieAsync(string rol)
    {
        var sessie = Fabriek.NieuweSessie();
        // WPI (cluster Sociaal) has a trekker, a directeur, a clusterdirecteur and an accounthouder who is not also Bureau.
        var wpi = await Fabriek.DirectieAsync(MatrixDirectie);
        Guid? persoon = rol switch
        {
            "bureau" => (await Fabriek.RolhouderAsync(Rol.Projectleider)).Persoon.Id,
            "accounthouder" => (await Fabriek.RolhouderAsync(Rol.Accounthouder, cluster: wpi.ClusterId)).Persoon.Id,
            "clusterdirecteur" => (await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: wpi.ClusterId)).Persoon.Id,
            "directeur" => (await Fabriek.RolhouderAsync(Rol.Directeur, MatrixDirectie)).Persoon.Id,
            "trekker" => (await Fabriek.RolhouderAsync(Rol.Trekker, MatrixDirectie)).Persoon.Id,
            "mt-lid" => await AlleenAsync(Rol.MtLid),
            "gmt" => await AlleenAsync(Rol.Gmt),
            "werkgroeplid" => await AlleenAsync(Rol.WerkgroepLid),
            "zonder-rol" => await ZonderRolAsync(),
            _ => null,
        };
        if (persoon is { } id)
        {
            await sessie.AanmeldenAlsAsync(id);
        }

        return sessie;
    }

    /// <summary>Someone who holds this role and, where the demo data has one, no other (a GMT member who is no clusterdirecteur).</summary>
    private Task<Guid> AlleenAsync(Rol rol) => Fabriek.MetDienstAsync(async d =>
    {
        var organisatie = d.GetRequiredService<IOrganisatieQueries>();
        var vandaag = Fabriek.Klok.Vandaag();
        foreach (var houder in await organisatie.RolhoudersAsync(rol, vandaag))
        {
            if ((await organisatie.RollenVanAsync(houder.Persoon.Id, vandaag)).All(r => r.Rol == rol))
            {
                return houder.Persoon.Id;
            }
        }

        // Nobody holds only this role (every werkgroeplid also has a directie role in the demo data): take the first.
        return (await organisatie.RolhoudersAsync(rol, vandaag))[0].Persoon.Id;
    });

    private Task<Guid> ZonderRolAsync() => Fabriek.MetDienstAsync(async d =>
    {
        var organisatie = d.GetRequiredService<IOrganisatieQueries>();
        foreach (var persoon in await organisatie.PersonenAsync())
        {
            if ((await organisatie.RollenVanAsync(persoon.Id, Fabriek.Klok.Vandaag())).Count == 0)
            {
                return persoon.Id;
            }
        }

        throw new InvalidOperationException("Er is geen persoon zonder rol in de demo-organisatie.");
    });

    /// <summary>Real ids for the route parameters, so that a refusal is about the role and not about a missing record.</summary>
    private async Task<IReadOnlyDictionary<string, string>> PlaatsvervangersAsync()
    {
        var directie = await Fabriek.DirectieAsync(MatrixDirectie);
        string afspraak;
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var start = await bureau.VerstuurFormulierAsync(
                "/workflows", new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "2025-03-01" });
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            var vastgelegd = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
            {
                ["DirectieId"] = directie.Id.ToString(), ["Soort"] = "Overig", ["Bron"] = "Gmt", ["Deadline"] = "2025-06-01",
                ["Omschrijving"] = "Werkgroep instellen",
            });
            Assert.Equal(HttpStatusCode.Redirect, vastgelegd.StatusCode);
            afspraak = vastgelegd.Headers.Location!.OriginalString.Split('/')[^1];
        }

        var po = await Fabriek.DirectieAsync("P&O");
        var dv = await Fabriek.DirectieAsync("DV");
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, MatrixDirectie);
        var (taak, instantie) = await Fabriek.MetDienstAsync(async d =>
        {
            var taken = await d.GetRequiredService<IdCyclus.Workflows.Runtime.IWorkflowLezer>()
                .TakenAsync(new IdCyclus.Workflows.Runtime.TaakVraag { Bereik = po.Id.ToString(), OokAfgerond = true }, default);
            return (taken[0].Id, taken[0].InstantieId);
        });
        var versie = await Fabriek.MetDienstAsync(async d => (await d.GetRequiredService<IVragenlijstQueries>().GepubliceerdeVersieAsync(2024))!.Id);
        return new Dictionary<string, string>
        {
            ["{directie}"] = directie.Id.ToString(),
            ["{cluster}"] = directie.ClusterId,
            ["{plandirectie}"] = dv.Id.ToString(),
            ["{rol}"] = trekker.Id.ToString(),
            ["{taak}"] = taak.ToString(),
            ["{instantie}"] = instantie.ToString(),
            ["{vragenlijst}"] = versie.ToString(),
            ["{afspraak}"] = afspraak,
            ["{onbekend}"] = Guid.Empty.ToString(),
        };
    }
}
