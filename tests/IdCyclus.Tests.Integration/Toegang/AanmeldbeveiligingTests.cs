using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>Lockout, equal answers for unknown addresses, the sign-in log, headers, cookies and the demo banner.</summary>
public abstract class AanmeldbeveiligingTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Vijf_foute_wachtwoorden_blokkeren_het_account_een_kwartier_ook_voor_het_goede_wachtwoord()
    {
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        using var sessie = Fabriek.NieuweSessie();
        for (var poging = 1; poging <= 4; poging++)
        {
            Assert.Contains("klopt niet", await AanmeldfoutAsync(sessie, trekker.Persoon.Email, $"fout-wachtwoord-{poging}"));
        }

        Assert.Contains("tijdelijk geblokkeerd", await AanmeldfoutAsync(sessie, trekker.Persoon.Email, "fout-wachtwoord-5"));
        Assert.Contains("tijdelijk geblokkeerd", await AanmeldfoutAsync(sessie, trekker.Persoon.Email, IdCyclusFabriek.DemoWachtwoord));
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/taken")).StatusCode);

        // Identity judges the lockout by the real clock: the end lies a quarter of an hour from now.
        var eind = await Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(trekker.Persoon.Email))!.LockoutEnd);
        Assert.InRange(eind!.Value, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));

        // A quarter of an hour later (the end moved to the past) the right password works again.
        await Fabriek.MetDienstAsync(async d =>
        {
            var gebruikers = d.GetRequiredService<UserManager<IdentityUser>>();
            return await gebruikers.SetLockoutEndDateAsync((await gebruikers.FindByEmailAsync(trekker.Persoon.Email))!, DateTimeOffset.UtcNow.AddSeconds(-1));
        });
        var goed = await VerstuurAanmeldingAsync(sessie, trekker.Persoon.Email, IdCyclusFabriek.DemoWachtwoord);
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
    }

    /// <summary>
    /// An unknown address must cost the same work as a wrong password, or the response time tells which addresses have an
    /// account. The work is one password check each (PBKDF2, the expensive part); counted, not timed, so a loaded machine
    /// cannot make the test fail or pass.
    /// </summary>
    [Fact]
    public async Task Onbekend_e_mailadres_kost_net_als_een_fout_wachtwoord_een_wachtwoordcontrole()
    {
        var bekend = (await Fabriek.RolhouderAsync(Rol.Directeur, "Com")).Persoon.Email;
        var teller = Fabriek.Services.GetRequiredService<TellendeWachtwoordcontrole>();
        using var sessie = Fabriek.NieuweSessie();
        foreach (var email in new[] { bekend, "bestaat-niet@idcyclus.example", bekend.ToUpperInvariant() + "x" })
        {
            var voor = teller.Controles;
            Assert.Contains("klopt niet", await AanmeldfoutAsync(sessie, email, "fout-wachtwoord"));
            Assert.Equal(1, teller.Controles - voor);
        }
    }

    [Fact]
    public async Task Elke_aanmelding_en_afmelding_staat_in_het_logboek_met_wie_hoe_en_wanneer()
    {
        var projectleider = await Fabriek.RolhouderAsync(Rol.Projectleider);
        using var sessie = Fabriek.NieuweSessie();
        await AanmeldfoutAsync(sessie, "onbekend@idcyclus.example", "iets");
        Assert.Equal(HttpStatusCode.Redirect, (await VerstuurAanmeldingAsync(sessie, projectleider.Persoon.Email, IdCyclusFabriek.DemoWachtwoord)).StatusCode);
        await AfmeldenAsync(sessie);
        await sessie.AanmeldenAlsAsync(projectleider.Persoon.Id);
        await AfmeldenAsync(sessie);

        var regels = await Fabriek.MetDienstAsync(async d =>
            await d.GetRequiredService<ToegangDbContext>().Aanmeldgebeurtenissen.AsNoTracking().OrderBy(g => g.Id).ToListAsync());
        Assert.Equal(
            [
                (Aanmeldsoort.Mislukt, Aanmeldwijze.Wachtwoord, (Guid?)null),
                (Aanmeldsoort.Aangemeld, Aanmeldwijze.Wachtwoord, projectleider.Persoon.Id),
                (Aanmeldsoort.Afgemeld, Aanmeldwijze.Wachtwoord, projectleider.Persoon.Id),
                (Aanmeldsoort.Aangemeld, Aanmeldwijze.Demo, projectleider.Persoon.Id),
                (Aanmeldsoort.Afgemeld, Aanmeldwijze.Demo, projectleider.Persoon.Id),
            ],
            regels.Select(r => (r.Soort, r.Wijze, r.PersoonId)).ToList());
        Assert.Equal("onbekend@idcyclus.example", regels[0].Email);
        Assert.All(regels, r => Assert.Equal(Fabriek.Klok.GetUtcNow().UtcDateTime, r.MomentUtc, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Het_logboek_kan_niet_worden_gewijzigd_of_verwijderd()
    {
        using var sessie = Fabriek.NieuweSessie();
        await AanmeldfoutAsync(sessie, "onbekend@idcyclus.example", "iets");
        await Fabriek.MetDienstAsync(async d =>
        {
            var db = d.GetRequiredService<ToegangDbContext>();
            var regel = await db.Aanmeldgebeurtenissen.SingleAsync();
            db.Entry(regel).Property(r => r.Email).CurrentValue = "iemand-anders@idcyclus.example";
            var wijzigen = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("aanmeldlogboek", wijzigen.Message);
            db.ChangeTracker.Clear();
            db.Aanmeldgebeurtenissen.Remove(await db.Aanmeldgebeurtenissen.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            // Past the application (a bulk statement skips SaveChanges): the database's trigger refuses.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
                db.Aanmeldgebeurtenissen.ExecuteUpdateAsync(s => s.SetProperty(r => r.Email, "iemand-anders@idcyclus.example")));
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Aanmeldgebeurtenissen.ExecuteDeleteAsync());
            return 0;
        });
        var gebeurtenis = await Fabriek.MetDienstAsync(d => d.GetRequiredService<ToegangDbContext>().Aanmeldgebeurtenissen.SingleAsync());
        Assert.Equal("onbekend@idcyclus.example", gebeurtenis.Email);
    }

    [Theory]
    [InlineData("/aanmelden")]
    [InlineData("/css/idcyclus.css")]
    [InlineData("/bestaat-niet")]
    public async Task Elk_antwoord_heeft_de_beveiligingsheaders(string url)
    {
        using var sessie = Fabriek.NieuweSessie();
        var antwoord = await sessie.GetAsync(url);
        var csp = Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(antwoord.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Buiten_ontwikkeling_hsts_en_alleen_secure_cookies()
    {
        using var sessie = Fabriek.NieuweSessie();
        // HSTS is never sent to localhost (ASP.NET Core's default exclusion), so ask under a real host name.
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "https://idcyclus.amsterdam.example/aanmelden");
        var antwoord = await sessie.Client.SendAsync(verzoek);
        Assert.StartsWith("max-age=31536000", Assert.Single(antwoord.Headers.GetValues("Strict-Transport-Security")));

        var pagina = await HttpSessie.LeesAsync(await sessie.GetAsync("/aanmelden"));
        var projectleider = await Fabriek.RolhouderAsync(Rol.Projectleider);
        var aangemeld = await sessie.Client.PostAsync("/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = projectleider.Persoon.Email, ["Wachtwoord"] = IdCyclusFabriek.DemoWachtwoord, ["__RequestVerificationToken"] = HttpSessie.Token(pagina),
        }));
        var cookies = aangemeld.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("idcyclus=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Demo_aanmelden_buiten_ontwikkeling_toont_op_elke_pagina_een_waarschuwing()
    {
        using var sessie = Fabriek.NieuweSessie();
        Assert.Contains("Demoserver", (await sessie.PaginaAsync("/aanmelden")).QuerySelector(".idc-omgevingsbanner")!.TextContent);
        await sessie.AanmeldenAlsAsync(Rol.Trekker, "Com");
        Assert.Contains("Demoserver", (await sessie.PaginaAsync("/taken")).QuerySelector(".idc-omgevingsbanner")!.TextContent);
    }

    private static async Task<HttpResponseMessage> VerstuurAanmeldingAsync(HttpSessie sessie, string email, string wachtwoord) =>
        await sessie.VerstuurFormulierAsync("/aanmelden", new Dictionary<string, string> { ["Email"] = email, ["Wachtwoord"] = wachtwoord });

    private static async Task<string> AanmeldfoutAsync(HttpSessie sessie, string email, string wachtwoord)
    {
        var antwoord = await VerstuurAanmeldingAsync(sessie, email, wachtwoord);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(antwoord), "Email") ?? "";
    }

    private static async Task AfmeldenAsync(HttpSessie sessie)
    {
        var start = await sessie.PaginaAsync("/");
        var antwoord = await sessie.Client.PostAsync(
            "/afmelden", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpSessie.Token(start) }));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
    }

}

/// <summary>The host's password hasher, counting its checks (<see cref="AanmeldbeveiligingTests{TFabriek}"/>).</summary>
public sealed class TellendeWachtwoordcontrole(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> opties)
    : IPasswordHasher<IdentityUser>, IExtraDiensten
{
    private readonly PasswordHasher<IdentityUser> _echt = new(opties);
    private int _controles;

    public int Controles => Volatile.Read(ref _controles);

    public string HashPassword(IdentityUser user, string password) => _echt.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _controles);
        return _echt.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    public static void Voeg(IServiceCollection services)
    {
        services.AddSingleton<TellendeWachtwoordcontrole>();
        services.AddScoped<IPasswordHasher<IdentityUser>>(d => d.GetRequiredService<TellendeWachtwoordcontrole>());
    }
}

public sealed class AanmeldbeveiligingTests_Sqlite(SqliteFabriekMet<TellendeWachtwoordcontrole> fabriek)
    : AanmeldbeveiligingTests<SqliteFabriekMet<TellendeWachtwoordcontrole>>(fabriek);

public sealed class AanmeldbeveiligingTests_Postgres(PostgresFabriekMet<TellendeWachtwoordcontrole> fabriek)
    : AanmeldbeveiligingTests<PostgresFabriekMet<TellendeWachtwoordcontrole>>(fabriek);
