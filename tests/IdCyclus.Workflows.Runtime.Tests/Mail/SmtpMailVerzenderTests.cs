using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Tests.Mail;

/// <summary>
/// The sender against a real SMTP server: maildev (npm, node_modules) parses what arrives, so these tests see the mail
/// as a mail client does. Each test class starts maildev of its own: a shared one is emptied by the browser journeys.
/// </summary>
public sealed class SmtpMailVerzenderTests : IAsyncLifetime
{
    private Maildev maildev = null!;

    public async Task InitializeAsync() => maildev = await Maildev.StartEigenAsync(RepoRoot());

    public async Task DisposeAsync() => await maildev.DisposeAsync();

    [Fact]
    public async Task De_ontvanger_krijgt_beide_delen_en_de_message_id_van_de_sleutel()
    {
        var bericht = MailOpmaakTests.Voorbeeld();
        var opties = new SmtpOpties { Host = "127.0.0.1", Poort = maildev.SmtpPoort, Afzender = "afzender@voorbeeld.example", AfzenderNaam = "Het Bureau" };

        await new SmtpMailVerzender(Options.Create(opties)).VerzendAsync(bericht, CancellationToken.None);

        var mail = await maildev.WachtOpMailAsync(m => m.Subject == bericht.Onderwerp, "met het onderwerp", TimeSpan.FromSeconds(10));
        Assert.Equal(bericht.Tekst, mail.Text?.Replace("\r\n", "\n").TrimEnd('\n'));
        Assert.NotNull(mail.Html);
        Assert.Contains("lang=\"nl\"", mail.Html);
        Assert.Contains(">Nieuwe taak: Kies een vertegenwoordiger (Eenheid 1)</h1>", mail.Html);
        Assert.Matches("<a href=\"https://app.voorbeeld.example/taken/42\"[^>]*>De taak ‘Kies een vertegenwoordiger’ openen</a>", mail.Html);
        Assert.Equal(MailOpmaak.BerichtId(bericht.Sleutel, opties.Afzender), mail.MessageId);
        Assert.StartsWith("multipart/alternative", mail.Headers!["content-type"].ToString());
        Assert.Equal(bericht.Sleutel, mail.Headers!["x-idcyclus-sleutel"].GetString());
        Assert.Equal("hoofd.e1@voorbeeld.example", Assert.Single(mail.To).Address);
    }

    [Fact]
    public async Task Een_agenda_uitnodiging_komt_aan_als_text_calendar_bijlage_met_haar_methode_naast_de_tekst()
    {
        const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:gesprek-7@idcyclus.example\r\nSEQUENCE:2\r\n"
                           + "STATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var bericht = MailOpmaakTests.Voorbeeld(sleutel: "gesprek:7:2:a@voorbeeld.example", onderwerp: "Geannuleerd: gesprek") with
        {
            Bijlage = new Mailbijlage("gesprek.ics", "text/calendar; method=CANCEL; charset=utf-8", Ics),
        };
        var opties = new SmtpOpties { Host = "127.0.0.1", Poort = maildev.SmtpPoort };

        await new SmtpMailVerzender(Options.Create(opties)).VerzendAsync(bericht, CancellationToken.None);

        var mail = await maildev.WachtOpMailAsync(m => m.Subject == bericht.Onderwerp, "met de bijlage", TimeSpan.FromSeconds(10));
        Assert.Equal(bericht.Tekst, mail.Text?.Replace("\r\n", "\n").TrimEnd('\n'));
        var bron = (await maildev.BronAsync(mail.Id)).Replace("\r\n", "\n");
        Assert.Matches("(?i)content-type: multipart/mixed", bron);
        Assert.Matches(@"(?i)content-type: text/calendar;\s*method=CANCEL", bron);
        Assert.Matches(@"(?i)content-disposition: attachment;\s*filename=""?gesprek\.ics", bron);
        var bijlage = Assert.Single(mail.Attachments ?? []);
        Assert.Equal(("gesprek.ics", "text/calendar"), (bijlage.Naam, bijlage.Inhoudstype));
        Assert.Equal(Ics, await maildev.BijlageAsync(mail.Id, bijlage));
    }

    [Fact]
    public async Task Opnieuw_versturen_na_een_crash_geeft_dezelfde_message_id()
    {
        var bericht = MailOpmaakTests.Voorbeeld(sleutel: "taak:7:herinnering:Mail", onderwerp: "Herinnering: tweemaal");
        var verzender = new SmtpMailVerzender(Options.Create(new SmtpOpties { Host = "127.0.0.1", Poort = maildev.SmtpPoort }));

        await verzender.VerzendAsync(bericht, CancellationToken.None);
        await verzender.VerzendAsync(bericht, CancellationToken.None);

        await maildev.WachtOpMailAsync(m => m.Subject == bericht.Onderwerp, "eerste", TimeSpan.FromSeconds(10));
        var klok = Stopwatch.StartNew();
        IReadOnlyList<IdCyclus.Tests.EndToEnd.Infrastructuur.Mail> beide;
        do
        {
            beide = [.. (await maildev.MailsAsync()).Where(m => m.Subject == bericht.Onderwerp)];
        }
        while (beide.Count < 2 && klok.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Equal(2, beide.Count);
        Assert.Equal(beide[0].MessageId, beide[1].MessageId);
    }

    [Fact]
    public async Task Een_server_die_niet_antwoordt_laat_de_poging_na_de_timeout_mislukken()
    {
        // Accepts the connection and then says nothing: without a timeout the delivery round would hang on it.
        using var stil = new TcpListener(IPAddress.Loopback, 0);
        stil.Start();
        var opties = new SmtpOpties { Host = "127.0.0.1", Poort = ((IPEndPoint)stil.LocalEndpoint).Port, TimeoutMs = 500 };
        var klok = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<Exception>(() => new SmtpMailVerzender(Options.Create(opties)).VerzendAsync(
            MailOpmaakTests.Voorbeeld(),
            CancellationToken.None));

        Assert.True(klok.Elapsed < TimeSpan.FromSeconds(5), $"Pas na {klok.Elapsed.TotalSeconds:0.0} s opgegeven.");
    }

    [Fact]
    public async Task Ssl_vereist_faalt_tegen_een_server_zonder_tls_in_plaats_van_onversleuteld_te_sturen()
    {
        var opties = new SmtpOpties { Host = "127.0.0.1", Poort = maildev.SmtpPoort, Beveiliging = SmtpBeveiliging.StartTls, TimeoutMs = 5000 };

        await Assert.ThrowsAnyAsync<Exception>(() => new SmtpMailVerzender(Options.Create(opties)).VerzendAsync(
            MailOpmaakTests.Voorbeeld(onderwerp: "Mag niet aankomen"), CancellationToken.None));

        await Task.Delay(500);
        Assert.DoesNotContain(await maildev.MailsAsync(), m => m.Subject == "Mag niet aankomen");
    }

    internal static string RepoRoot()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "IdCyclus.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("IdCyclus.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}

/// <summary>A maildev that only accepts mail after authentication (its --incoming-user/--incoming-pass).</summary>
public sealed class SmtpAuthenticatieTests : IAsyncLifetime
{
    private Maildev maildev = null!;

    public async Task InitializeAsync() =>
        maildev = await Maildev.StartEigenAsync(SmtpMailVerzenderTests.RepoRoot(), "--incoming-user", "idcyclus", "--incoming-pass", "test-geheim");

    public async Task DisposeAsync() => await maildev.DisposeAsync();

    [Fact]
    public async Task Met_de_juiste_gegevens_wordt_de_mail_bezorgd_met_verkeerde_niet()
    {
        var goed = new SmtpOpties { Host = "127.0.0.1", Poort = maildev.SmtpPoort, Gebruikersnaam = "idcyclus", Wachtwoord = "test-geheim" };
        var fout = new SmtpOpties { Host = "127.0.0.1", Poort = maildev.SmtpPoort, Gebruikersnaam = "idcyclus", Wachtwoord = "onjuist" };

        await Assert.ThrowsAnyAsync<Exception>(() => new SmtpMailVerzender(Options.Create(fout)).VerzendAsync(
            MailOpmaakTests.Voorbeeld(onderwerp: "Fout wachtwoord"), CancellationToken.None));
        await new SmtpMailVerzender(Options.Create(goed)).VerzendAsync(MailOpmaakTests.Voorbeeld(onderwerp: "Goed wachtwoord"), CancellationToken.None);

        await maildev.WachtOpMailAsync(m => m.Subject == "Goed wachtwoord", "na aanmelden", TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(await maildev.MailsAsync(), m => m.Subject == "Fout wachtwoord");
    }
}
