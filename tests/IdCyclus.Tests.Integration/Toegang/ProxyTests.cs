using System.Net;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>
/// Behind a reverse proxy: X-Forwarded-For and X-Forwarded-Proto count only when they come from a configured proxy;
/// from anyone else they are ignored (else a client could pick the address the sign-in log records, or pretend to speak
/// HTTPS). Outside Development plain HTTP is redirected to HTTPS.
/// </summary>
public sealed class ProxyTests(ProxyTests.ProxyFabriek fabriek) : ProviderTests<ProxyTests.ProxyFabriek>(fabriek)
{
    private const string Proxy = "10.0.0.5";
    private const string Client = "203.0.113.7";
    private const string Vreemde = "198.51.100.9";

    [Fact]
    public async Task Van_de_ingestelde_proxy_telt_het_doorgestuurde_adres()
    {
        Assert.Equal(Client, await AdresInLogboekAsync(Proxy, Client));
    }

    [Fact]
    public async Task Van_een_ander_adres_wordt_x_forwarded_for_genegeerd()
    {
        Assert.Equal(Vreemde, await AdresInLogboekAsync(Vreemde, Client));
    }

    [Fact]
    public async Task Gewoon_http_wordt_naar_https_gestuurd_ook_als_een_onbekende_zegt_dat_het_https_was()
    {
        using var sessie = Fabriek.NieuweSessie();
        var direct = await VerstuurAsync(sessie, "http://idcyclus.amsterdam.example/aanmelden", peer: Vreemde, proto: null);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, direct.StatusCode);
        Assert.Equal("https://idcyclus.amsterdam.example/aanmelden", direct.Headers.Location!.ToString());

        var gelogen = await VerstuurAsync(sessie, "http://idcyclus.amsterdam.example/aanmelden", peer: Vreemde, proto: "https");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, gelogen.StatusCode);

        // The proxy terminated TLS and says so: the host believes it and serves the page.
        var viaProxy = await VerstuurAsync(sessie, "http://idcyclus.amsterdam.example/aanmelden", peer: Proxy, proto: "https");
        Assert.Equal(HttpStatusCode.OK, viaProxy.StatusCode);
    }

    private async Task<string?> AdresInLogboekAsync(string peer, string doorgestuurd)
    {
        using var sessie = Fabriek.NieuweSessie();
        sessie.Client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        sessie.Client.DefaultRequestHeaders.Add("X-Forwarded-For", doorgestuurd);
        var antwoord = await sessie.VerstuurFormulierAsync(
            "/aanmelden", new Dictionary<string, string> { ["Email"] = "niemand@idcyclus.example", ["Wachtwoord"] = "fout" });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await Fabriek.MetDienstAsync(async d =>
            (await d.GetRequiredService<ToegangDbContext>().Aanmeldgebeurtenissen.AsNoTracking().SingleAsync()).Adres);
    }

    private static Task<HttpResponseMessage> VerstuurAsync(HttpSessie sessie, string url, string peer, string? proto)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Add(TestPeer.Header, peer);
        if (proto is not null)
        {
            verzoek.Headers.Add("X-Forwarded-Proto", proto);
        }

        return sessie.Client.SendAsync(verzoek);
    }

    /// <summary>The host behind one configured proxy, with an HTTPS port to redirect to (the test server has no addresses of its own).</summary>
    public sealed class ProxyFabriek : SqliteFabriek
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:Aan", "true");
            builder.UseSetting("ForwardedHeaders:BekendeProxies:0", Proxy);
            builder.UseSetting("https_port", "443");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestPeer>());
        }
    }

    /// <summary>The test server has no TCP connection: this sets the peer address a real socket would have, before anything else runs.</summary>
    private sealed class TestPeer : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> volgende) => app =>
        {
            app.Use((context, verder) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var adres))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(adres.ToString());
                }

                return verder(context);
            });
            volgende(app);
        };
    }
}
