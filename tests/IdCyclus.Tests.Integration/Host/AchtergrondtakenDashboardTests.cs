using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Host;

/// <summary>
/// Hangfire's dashboard at /beheer/achtergrondtaken is Bureau's alone: an anonymous visitor is sent to sign in, every
/// other role gets a 403 — on the dashboard's pages and on its actions.
/// </summary>
public abstract class AchtergrondtakenDashboardTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Pad = "/beheer/achtergrondtaken";

    public static TheoryData<Rol> AndereRollen() =>
        [.. Enum.GetValues<Rol>().Where(r => r is not (Rol.Projectleider or Rol.DataAnalist))];

    [Theory]
    [InlineData(Rol.Projectleider)]
    [InlineData(Rol.DataAnalist)]
    public async Task Bureau_ziet_het_dashboard_en_de_link_in_het_menu(Rol rol)
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(rol);

        var dashboard = await bureau.PaginaAsync(Pad);
        Assert.Equal("Achtergrondtaken — IdCyclus", dashboard.QuerySelector(".navbar-brand")?.TextContent.Trim());
        await bureau.PaginaAsync($"{Pad}/recurring");
        await bureau.PaginaAsync($"{Pad}/jobs/succeeded");

        var menu = await bureau.PaginaAsync("/taken");
        Assert.NotNull(menu.QuerySelector($"nav a[href='{Pad}']"));
    }

    [Theory]
    [MemberData(nameof(AndereRollen))]
    public async Task Elke_andere_rol_krijgt_403_en_geen_link(Rol rol)
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(await ZonderBureaurolAsync(rol));

        foreach (var url in new[] { Pad, $"{Pad}/recurring", $"{Pad}/jobs/enqueued", $"{Pad}/stats" })
        {
            var antwoord = await sessie.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
            Assert.Contains("geen toegang", (await antwoord.Content.ReadAsStringAsync()).ToLowerInvariant());
        }

        var actie = await sessie.Client.PostAsync(
            $"{Pad}/recurring/trigger",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = "workflow-mail" }));
        Assert.Equal(HttpStatusCode.Forbidden, actie.StatusCode);

        var menu = await sessie.PaginaAsync("/taken");
        Assert.Null(menu.QuerySelector($"a[href='{Pad}']"));
    }

    /// <summary>A holder of the role who is not also projectleider or data-analist (some accounthouders are).</summary>
    private Task<Guid> ZonderBureaurolAsync(Rol rol) =>
        Fabriek.MetDienstAsync(async diensten =>
        {
            var organisatie = diensten.GetRequiredService<IOrganisatieQueries>();
            var vandaag = Fabriek.Klok.Vandaag();
            var bureau = (await organisatie.RolhoudersAsync(Rol.Projectleider, vandaag))
                .Concat(await organisatie.RolhoudersAsync(Rol.DataAnalist, vandaag)).Select(r => r.Persoon.Id).ToHashSet();
            return (await organisatie.RolhoudersAsync(rol, vandaag)).First(r => !bureau.Contains(r.Persoon.Id)).Persoon.Id;
        });

    [Fact]
    public async Task Wie_niet_is_aangemeld_gaat_naar_aanmelden()
    {
        using var anoniem = Fabriek.NieuweSessie();
        foreach (var url in new[] { Pad, $"{Pad}/recurring" })
        {
            var antwoord = await anoniem.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.StartsWith(
                "/aanmelden",
                antwoord.Headers.Location!.IsAbsoluteUri ? antwoord.Headers.Location.PathAndQuery : antwoord.Headers.Location.OriginalString);
            Assert.Contains(Uri.EscapeDataString(url), antwoord.Headers.Location.OriginalString);
        }
    }
}

public sealed class AchtergrondtakenDashboardTests_Sqlite(SqliteFabriek fabriek) : AchtergrondtakenDashboardTests<SqliteFabriek>(fabriek);

public sealed class AchtergrondtakenDashboardTests_Postgres(PostgresFabriek fabriek) : AchtergrondtakenDashboardTests<PostgresFabriek>(fabriek);
